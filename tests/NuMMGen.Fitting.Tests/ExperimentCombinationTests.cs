using NuMMGen.Fitting.Experiments;
using NuMMGen.Fitting.Inference;
using NuMMGen.Physics;

namespace NuMMGen.Fitting.Tests;

/// <summary><see cref="ExperimentCombination"/>: shared POIs, per-experiment nuisances.</summary>
public class ExperimentCombinationTests
{
    // A 10-bin experiment: falling SM spectrum, a 1/T-like magnetic template, a flat background (counts per bin).
    private static ExperimentModel Experiment(string name, double sm, double magnetic, double background, string flux = "flux_reactor") =>
        new(new ExperimentTemplates(name, "keVee", Enumerable.Range(0, 11).Select(i => 2.0 + i).ToArray(),
            Enumerable.Range(0, 10).Select(i => sm * Math.Exp(-0.1 * i)).ToArray(),
            Enumerable.Range(0, 10).Select(i => magnetic / (2.5 + i)).ToArray(),
            null, null, [new BackgroundTemplate("flat", Enumerable.Repeat(background, 10).ToArray(), 0.05)], flux, 0.03));

    [Fact]
    public void One_experiment_alone_gives_the_same_limit_as_its_own_model()
    {
        var model = Experiment("ge", 30, 4e21, 400);
        var combination = new ExperimentCombination([model]);
        double own = new AsymptoticCalculator(model.Likelihood(ExperimentModel.MuSquared), ExperimentModel.MuSquared).AsimovQ(0.5);
        double combined = new AsymptoticCalculator(combination.Likelihood(ExperimentModel.MuSquared), ExperimentModel.MuSquared).AsimovQ(0.5);
        Assert.Equal(own, combined, 1e-9 * own);
        Assert.Contains("ge:flux_reactor", combination.Likelihood().Parameters.Select(p => p.Name));
    }

    [Fact]
    public void With_independent_nuisances_the_null_Asimov_test_statistics_add()
    {
        // Independent experiments sharing only mu^2: on the null Asimov data both are at their minimum at mu^2 = 0 with
        // nominal nuisances, and the profiles over disjoint nuisances separate, so q_AB(x) = q_A(x) + q_B(x) exactly.
        var a = Experiment("ge", 30, 4e21, 400);
        var b = Experiment("texono", 10, 1e21, 900);
        var combination = new ExperimentCombination([a, b]);
        var calcA = new AsymptoticCalculator(a.Likelihood(ExperimentModel.MuSquared), ExperimentModel.MuSquared);
        var calcB = new AsymptoticCalculator(b.Likelihood(ExperimentModel.MuSquared), ExperimentModel.MuSquared);
        var calcAB = new AsymptoticCalculator(combination.Likelihood(ExperimentModel.MuSquared), ExperimentModel.MuSquared);
        foreach (double x in new[] { 1.0, 3.0, 10.0 })
        {
            double sum = calcA.AsimovQ(x) + calcB.AsimovQ(x);
            Assert.True(sum > 0.1, $"x = {x}: the test is only meaningful where q is not tiny ({sum})");
            Assert.Equal(sum, calcAB.AsimovQ(x), 1e-5 * sum);
        }
        // Both share flux_reactor by name in their own models, but not in the combination: two parameters.
        var names = combination.Likelihood().Parameters.Select(p => p.Name).ToArray();
        Assert.Contains("ge:flux_reactor", names);
        Assert.Contains("texono:flux_reactor", names);
        Assert.Single(names, n => n == ExperimentModel.MuSquared);
    }

    [Fact]
    public void Combined_limit_is_below_each_single_limit()
    {
        var a = Experiment("ge", 30, 4e21, 400);
        var b = Experiment("texono", 10, 1e21, 900);
        double Limit(ExperimentModel m) => ExperimentInference.UpperLimit(m, ExperimentModel.MuSquared,
            m.Likelihood().Asimov(m.Likelihood().InitialValues()).Counts[0], new LimitOptions()).Upper;
        var combination = new ExperimentCombination([a, b]);
        var nullData = combination.Likelihood().Asimov(combination.Likelihood().InitialValues()).Counts;
        double ab = combination.UpperLimit(ExperimentModel.MuSquared, nullData, new LimitOptions()).Upper;
        Assert.True(ab < Limit(a) && ab < Limit(b), $"combined {ab}, alone {Limit(a)} and {Limit(b)}");
    }

    [Fact]
    public void Two_experiments_with_one_name_are_refused()
    {
        var e = Assert.Throws<InputException>(() => new ExperimentCombination([Experiment("ge", 30, 4e21, 400), Experiment("ge", 10, 1e21, 900)]));
        Assert.Contains("'ge'", e.Message);
    }
}
