using System.Collections.Concurrent;
using System.Diagnostics;
using NuMMGen.Generator.Arrow;
using NuMMGen.Generator.Events;
using NuMMGen.Generator.Random;

namespace NuMMGen.Generator.Pipeline;

/// <summary>
/// Generates an event file: <see cref="GenerationRequest.Threads"/> workers sample blocks of the
/// <see cref="GenerationPlan"/> into pooled column buffers and write each block straight into its own range of the
/// Arrow file (reserved up front: every column has a fixed width, so a block's bytes follow from its number of rows,
/// <see cref="ArrowFileWriter.ReserveBlocks"/>), so the copies into the file run on every core. One more thread counts the
/// blocks in order for the progress and the summary, sampling later blocks itself while the next one in order is not
/// ready. At most 2 x threads + 2 blocks are in flight (a window), so memory is flat in the number of events, and the
/// file is byte-identical for any thread count (a block's rows and its place depend on its index only, not on the thread
/// that drew it). The file appears only when complete; on cancellation or failure the temporary file is deleted.
/// </summary>
public static class EventGenerator
{
    /// <summary>Runs <paramref name="request"/>; reports progress after each block written.</summary>
    /// <exception cref="OperationCanceledException">Cancelled; nothing is left on disk.</exception>
    public static async Task<GenerationSummary> RunAsync(GenerationRequest request, IProgress<GenerationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Threads, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Threads, 256);
        var stopwatch = Stopwatch.StartNew();
        var model = request.Model;
        var detector = request.Detector;
        int backgroundBlocksFrom = request.Plan.Mode == GenerationMode.PseudoExperiment ? request.Plan.SignalChannels : int.MaxValue;
        if (request.Plan.ChannelEvents.Count > model.Channels.Count && request.Plan.Mode == GenerationMode.PseudoExperiment
            && (detector is null || request.Plan.ChannelEvents.Count - model.Channels.Count != detector.Backgrounds.Count))
            throw new ArgumentException("The plan has background channels that do not match the request's detector.", nameof(request));
        var backgroundNames = backgroundBlocksFrom < request.Plan.ChannelEvents.Count ? detector!.Backgrounds.Select(b => b.Name).ToArray() : [];
        var dictionaries = new EventDictionaries(model.Channels, backgroundNames);
        var schema = EventSchemaBuilder.ForChannels(model.Channels, dictionaries);
        if (detector is not null)
            schema.AddDetectorColumns(detector.ObservedUnit);
        EventFileMetadata.Apply(schema, request);

        long[] perChannel = [];
        using (var writer = ArrowFileWriter.Create(request.OutputPath, schema.Build(), request.BatchRows))
        {
            var plan = request.Plan;
            var blockRows = new int[checked((int)plan.BlockCount)];
            for (var i = 0; i < blockRows.Length; i++)
                blockRows[i] = plan.Block(i).Count;
            var starts = writer.ReserveBlocks(blockRows);
            using var run = new BlockRun(request, dictionaries.FlavorNames.Count - 1, starts,
                () => new BlockFileWriter(writer.CreateBlockWriter(), dictionaries), cancellationToken);
            var workers = Enumerable.Range(0, request.Threads)
                .Select(_ => Task.Factory.StartNew(run.Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
                .ToArray();
            var counting = Task.Factory.StartNew(() => run.Count(progress),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            try
            {
                perChannel = await counting.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (run.HasFailed)
            {
                // A worker failed and stopped the run: its exception is rethrown below.
            }
            finally
            {
                run.Stop();
                await Task.WhenAll(workers).ConfigureAwait(false);
            }
            run.ThrowIfFailed();
            writer.Complete();
        }
        stopwatch.Stop();
        return new GenerationSummary(Path.GetFullPath(request.OutputPath), request.Plan.Mode, request.Plan.Seed, model.Channels,
            perChannel[..model.Channels.Count], model.TotalExpected, new FileInfo(request.OutputPath).Length, stopwatch.Elapsed, request.Threads)
        {
            BackgroundEvents = backgroundNames.Select((name, k) => (name, perChannel[model.Channels.Count + k], detector!.Backgrounds[k].Expected)).ToArray(),
        };
    }

    /// <summary>One thread's writer of blocks into their reserved file ranges: the event columns over a <see cref="BlockBatchWriter"/>.</summary>
    private sealed class BlockFileWriter(BlockBatchWriter batches, EventDictionaries dictionaries)
    {
        private readonly EventBlockWriter _events = new(batches, dictionaries);

        /// <summary>Writes <paramref name="block"/> into [<paramref name="start"/>, <paramref name="end"/>).</summary>
        public void Write(EventBlock block, long start, long end)
        {
            batches.Begin(start, end, block.Count);
            _events.Write(block);
            batches.Complete();
        }
    }

    /// <summary>The shared state of one run: the block counter, the window, the buffer and writer pools.</summary>
    private sealed class BlockRun : IDisposable
    {
        private readonly GenerationRequest _request;
        private readonly long[] _starts;
        private readonly Func<BlockFileWriter> _newFileWriter;
        private readonly ConcurrentBag<BlockFileWriter> _fileWriters = [];
        private readonly CancellationTokenSource _cancel;
        private readonly SemaphoreSlim _slots;
        private readonly EventBlock?[] _ring;
        private readonly ConcurrentBag<EventBlock> _pool = [];
        private readonly object _gate = new();
        private long _nextBlock;
        private Exception? _failure;

        private readonly int _noFlavor;

        public BlockRun(GenerationRequest request, int noFlavor, long[] starts, Func<BlockFileWriter> newFileWriter,
            CancellationToken cancellationToken)
        {
            _request = request;
            _noFlavor = noFlavor;
            _starts = starts;
            _newFileWriter = newFileWriter;
            _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // Two blocks in flight per sampling thread and two for the writer, which samples while it would wait.
            int window = 2 * request.Threads + 2;
            _slots = new SemaphoreSlim(window, window);
            _ring = new EventBlock?[window];
        }

        private CancellationToken Token => _cancel.Token;

        /// <summary>Worker loop: sample blocks (<see cref="SampleNext"/>) until every block is taken.</summary>
        public void Work()
        {
            try
            {
                while (SampleNext(wait: true))
                {
                }
            }
            catch (OperationCanceledException) when (Token.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                Fail(e);
            }
        }

        /// <summary>
        /// Takes a window slot (waiting for one, or only if one is free when <paramref name="wait"/> is false), then the next
        /// block index; samples the block, writes it into its range of the file and hands it to the counting thread. False
        /// when no slot was free or every block is taken.
        /// </summary>
        private bool SampleNext(bool wait)
        {
            var plan = _request.Plan;
            if (wait)
                _slots.Wait(Token);
            else if (!_slots.Wait(0))
                return false;
            long index = Interlocked.Increment(ref _nextBlock) - 1;
            if (index >= plan.BlockCount)
            {
                _slots.Release();
                return false;
            }
            var spec = plan.Block(index);
            if (!_pool.TryTake(out var block))
                block = new EventBlock(plan.BlockEvents, Math.Max(_request.Model.Channels.Count, plan.ChannelEvents.Count));
            block.Reset(spec.FirstEventId);
            Sample(block, spec);
            Token.ThrowIfCancellationRequested();
            if (!_fileWriters.TryTake(out var fileWriter))
                fileWriter = _newFileWriter();
            fileWriter.Write(block, _starts[index], _starts[index + 1]);
            _fileWriters.Add(fileWriter);
            lock (_gate)
            {
                _ring[index % _ring.Length] = block;
                Monitor.PulseAll(_gate);
            }
            return true;
        }

        /// <summary>Fills <paramref name="block"/> with <see cref="BlockSampler"/> (the routine that regenerates a block alone).</summary>
        private void Sample(EventBlock block, BlockSpec spec) =>
            BlockSampler.Sample(_request.Model, _request.Detector, _request.Plan, spec, new EventBlockSink(block, _noFlavor));

        /// <summary>Counting loop: take the written blocks in index order, free their window slots; returns events per channel.</summary>
        public long[] Count(IProgress<GenerationProgress>? progress)
        {
            var plan = _request.Plan;
            var perChannel = new long[Math.Max(_request.Model.Channels.Count, plan.ChannelEvents.Count)];
            long written = 0;
            for (long index = 0; index < plan.BlockCount; index++)
            {
                var block = NextInOrder(index);
                for (int c = 0; c < perChannel.Length; c++)
                    perChannel[c] += block.ChannelCounts[c];
                written += block.Count;
                _pool.Add(block);
                _slots.Release();
                progress?.Report(new GenerationProgress(written, plan.TotalEvents));
            }
            Token.ThrowIfCancellationRequested();
            return perChannel;
        }

        /// <summary>
        /// Waits for block <paramref name="index"/> and takes it from the window. While it is not ready the counting thread
        /// samples a later block itself when a window slot is free, so on few cores its idle time goes to sampling (the blocks
        /// and the file do not depend on which thread samples what).
        /// </summary>
        private EventBlock NextInOrder(long index)
        {
            int slot = (int)(index % _ring.Length);
            while (true)
            {
                lock (_gate)
                {
                    if (_ring[slot] is { } ready)
                    {
                        _ring[slot] = null;
                        return ready;
                    }
                }
                Token.ThrowIfCancellationRequested();
                if (SampleNext(wait: false))
                    continue;
                lock (_gate)
                {
                    if (_ring[slot] is null)
                        Monitor.Wait(_gate, 50);
                }
            }
        }

        /// <summary>Stops the workers (after the writer finished or failed).</summary>
        public void Stop() => _cancel.Cancel();

        /// <summary>True when a worker failed.</summary>
        public bool HasFailed => Volatile.Read(ref _failure) is not null;

        /// <summary>Rethrows a worker's failure, if any.</summary>
        public void ThrowIfFailed()
        {
            if (_failure is not null)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
        }

        private void Fail(Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
            _cancel.Cancel();
        }

        public void Dispose()
        {
            _cancel.Dispose();
            _slots.Dispose();
        }
    }
}
