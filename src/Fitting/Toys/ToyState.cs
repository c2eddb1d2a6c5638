using NuMMGen.Fitting.Inference;
using NuMMGen.Fitting.Likelihood;
using NuMMGen.Fitting.Minimization;

namespace NuMMGen.Fitting.Toys;

/// <summary>One worker thread's buffers for toys: a fitter, a dataset to overwrite and a likelihood workspace.</summary>
public sealed class ToyState
{
    /// <summary>Creates the buffers for <paramref name="likelihood"/>.</summary>
    /// <param name="likelihood">The likelihood.</param>
    /// <param name="options">Minimiser options.</param>
    public ToyState(CombinedLikelihood likelihood, MinimizerOptions? options = null)
    {
        Fitter = new Fitter(likelihood, options);
        Data = likelihood.CreateDataset();
        Workspace = likelihood.CreateWorkspace();
    }

    /// <summary>The thread's fitter.</summary>
    public Fitter Fitter { get; }

    /// <summary>The thread's toy dataset (overwritten by each toy).</summary>
    public Dataset Data { get; }

    /// <summary>The thread's likelihood buffers for sampling.</summary>
    public LikelihoodWorkspace Workspace { get; }
}
