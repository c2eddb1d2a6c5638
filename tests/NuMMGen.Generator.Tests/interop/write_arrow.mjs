// Writes a small Arrow IPC file with apache-arrow JS (tableToIPC(table, 'file')) for the C# reader to check.
// Columns: i32 = 0..n-1 (Int32), i64 = i*1e12 (Int64), f64 = i/8 (Float64), flag = i%3==0 (Bool),
// name = "row<i>" (Utf8), kind = ["a","bb","ccc"][i%3] (Dictionary<Int32, Utf8>),
// kind8 = ["x","y"][i%2] (Dictionary<Int8, Utf8>), kind16 = "w<(7i)%300>" (Dictionary<Int16, Utf8>).
// Field "f64" has metadata unit=MeV; the schema has origin=apache-arrow-js.
// Usage: node write_arrow.mjs <file.arrow> <rows>
import { writeFileSync } from 'node:fs';
import { tableFromArrays, tableToIPC, vectorFromArray, Utf8, Dictionary, Int8, Int16, Int32, Table } from 'apache-arrow';

const [path, rowsText] = process.argv.slice(2);
const n = Number(rowsText);
const i32 = Int32Array.from({ length: n }, (_, i) => i);
const i64 = BigInt64Array.from({ length: n }, (_, i) => BigInt(i) * 1000000000000n);
const f64 = Float64Array.from({ length: n }, (_, i) => i / 8);
const flag = vectorFromArray(Array.from({ length: n }, (_, i) => i % 3 === 0));
const name = vectorFromArray(Array.from({ length: n }, (_, i) => `row${i}`), new Utf8());
const kind = vectorFromArray(Array.from({ length: n }, (_, i) => ['a', 'bb', 'ccc'][i % 3]),
  new Dictionary(new Utf8(), new Int32()));
const kind8 = vectorFromArray(Array.from({ length: n }, (_, i) => ['x', 'y'][i % 2]),
  new Dictionary(new Utf8(), new Int8()));
const kind16 = vectorFromArray(Array.from({ length: n }, (_, i) => `w${(7 * i) % 300}`),
  new Dictionary(new Utf8(), new Int16()));

const base = tableFromArrays({ i32, i64, f64 });
const table = new Table({ ...Object.fromEntries(base.schema.fields.map((f) => [f.name, base.getChild(f.name)])), flag, name, kind, kind8, kind16 });
table.schema.metadata.set('origin', 'apache-arrow-js');
table.schema.fields.find((f) => f.name === 'f64').metadata.set('unit', 'MeV');
writeFileSync(path, tableToIPC(table, 'file'));
