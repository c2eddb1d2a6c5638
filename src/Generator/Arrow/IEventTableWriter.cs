namespace NuMMGen.Generator.Arrow;

/// <summary>
/// Writes a table of events row by row with bounded memory: append one value to every column, then call
/// <see cref="EndRow"/>; full batches go to the output as they fill. Nothing appears at the target path until
/// <see cref="Complete"/> succeeds; disposing an incomplete writer discards the output.
/// </summary>
public interface IEventTableWriter : IDisposable
{
    /// <summary>The columns being written.</summary>
    ArrowSchema Schema { get; }

    /// <summary>Rows ended so far.</summary>
    long RowCount { get; }

    /// <summary>
    /// The appender of the column named <paramref name="name"/>. <typeparamref name="T"/> must match the
    /// column: its .NET type for numeric columns (e.g. <see cref="double"/> for Float64), <see cref="bool"/> for
    /// Bool, <see cref="string"/> for Utf8, and for dictionary columns <see cref="int"/> (index into the
    /// dictionary values) or <see cref="string"/> (one of the values). Fetch appenders once, not per row.
    /// </summary>
    IColumnAppender<T> Column<T>(string name);

    /// <summary>Ends the current row; every column must have received exactly one value since the last row.</summary>
    void EndRow();

    /// <summary>
    /// Rows that still fit in the record batch being built. Bulk writers append at most this many values to
    /// every column (<see cref="IColumnAppender{T}.AppendRange"/>) and then call <see cref="EndRows"/>.
    /// </summary>
    int RowsFreeInBatch { get; }

    /// <summary>
    /// Ends <paramref name="count"/> rows at once (1 to <see cref="RowsFreeInBatch"/>); every column must have
    /// received exactly <paramref name="count"/> values since the last row ended. The file is byte-identical to
    /// the one written row by row.
    /// </summary>
    void EndRows(int count);

    /// <summary>Writes the remaining rows and the file trailer, then moves the file to its target path.</summary>
    void Complete();
}

/// <summary>Appends values to one column of the current row (see <see cref="IEventTableWriter.Column{T}"/>).</summary>
/// <typeparam name="T">The value type accepted by the column.</typeparam>
public interface IColumnAppender<T>
{
    /// <summary>The column's field.</summary>
    ArrowField Field { get; }

    /// <summary>Appends the value of this column for the current row.</summary>
    void Append(T value);

    /// <summary>Appends the values of this column for the next <c>values.Length</c> rows (see <see cref="IEventTableWriter.EndRows"/>).</summary>
    void AppendRange(ReadOnlySpan<T> values);
}
