// Reads an Arrow IPC file with the independent apache-arrow JS implementation and prints a JSON summary:
// schema (names, types, nullability, metadata), row and batch counts, and per column the first values,
// the last value and an order-dependent aggregate, so the C# test can compare with what it wrote.
// Usage: node read_arrow.mjs <file.arrow>
import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';

const table = tableFromIPC(readFileSync(process.argv[2]));
const text = (v) => (typeof v === 'bigint' ? v.toString() : String(v));

const columns = {};
for (const field of table.schema.fields) {
  const column = table.getChild(field.name);
  const first = [];
  let last = null;
  let floatSum = 0;
  let intSum = 0n;
  let trueCount = 0;
  const counts = {};
  let i = 0;
  for (const v of column) {
    if (i < 5) first.push(text(v));
    last = text(v);
    if (typeof v === 'bigint') intSum += v;
    else if (typeof v === 'number') floatSum += v;
    else if (typeof v === 'boolean') trueCount += v ? 1 : 0;
    else counts[v] = (counts[v] ?? 0) + 1;
    i++;
  }
  columns[field.name] = { length: i, first, last, floatSum, intSum: intSum.toString(), trueCount, counts };
}

console.log(JSON.stringify({
  numRows: table.numRows,
  numBatches: table.batches.length,
  schemaMetadata: Object.fromEntries(table.schema.metadata),
  fields: table.schema.fields.map((f) => ({
    name: f.name,
    type: String(f.type),
    nullable: f.nullable,
    metadata: Object.fromEntries(f.metadata),
  })),
  columns,
}));
