using NuMMGen.Generator.Random;

namespace NuMMGen.Fitting.Toys;

/// <summary>
/// Runs pseudo-experiments in parallel with reproducible seeds: toy i draws from
/// <c>RandomStreams.Create(seed, stage, (ulong)i)</c> and writes result i, so results do not depend on the
/// thread count or scheduling. Each worker thread gets its own state (fitters and buffers) from a factory.
/// </summary>
public static class ToyRunner
{
    /// <summary>
    /// Runs <paramref name="count"/> toys and returns their results in toy order; reports the number of finished
    /// toys to <paramref name="progress"/> about a hundred times.
    /// </summary>
    /// <typeparam name="TState">Per-thread state (fitters, datasets).</typeparam>
    /// <typeparam name="TResult">Result of one toy.</typeparam>
    /// <param name="count">Number of toys.</param>
    /// <param name="seed">Master seed.</param>
    /// <param name="stage">Stage constant (see <see cref="ToyStages"/>).</param>
    /// <param name="createState">Creates one thread's state.</param>
    /// <param name="toy">Runs toy i with its stream and the thread's state.</param>
    /// <param name="maxThreads">Maximum worker threads (null or &lt;= 0: all cores).</param>
    /// <param name="progress">Receives the number of finished toys (optional).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static TResult[] Run<TState, TResult>(int count, ulong seed, ulong stage, Func<TState> createState,
        Func<TState, int, RandomStream, TResult> toy, int? maxThreads = null, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var results = new TResult[count];
        int done = 0;
        int reportEvery = Math.Max(1, count / 100);
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxThreads is > 0 ? maxThreads.Value : Environment.ProcessorCount,
        };
        Parallel.For(0, count, options, createState, (i, _, state) =>
        {
            results[i] = toy(state, i, RandomStreams.Create(seed, stage, (ulong)i));
            int finished = Interlocked.Increment(ref done);
            if (progress is not null && (finished % reportEvery == 0 || finished == count))
                progress.Report(finished);
            return state;
        }, _ => { });
        return results;
    }
}

/// <summary>Stage constants of the fitter's random streams (distinct from the generator's stages).</summary>
public static class ToyStages
{
    /// <summary>Toys of a coverage study.</summary>
    public const ulong Coverage = 0x464954_01;

    /// <summary>Toys that build a Feldman-Cousins belt (block = grid point x toys per point + toy).</summary>
    public const ulong FeldmanCousinsBelt = 0x464954_02;

    /// <summary>Toys of expected-limit bands.</summary>
    public const ulong ExpectedBands = 0x464954_03;

    /// <summary>Toys of a pull study.</summary>
    public const ulong Pulls = 0x464954_04;

    /// <summary>Signal-plus-background toys of a toy CLs construction (block = grid point x toys + toy).</summary>
    public const ulong ClsSignal = 0x464954_05;

    /// <summary>Background-only toys of a toy CLs construction.</summary>
    public const ulong ClsBackground = 0x464954_06;
}
