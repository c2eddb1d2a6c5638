namespace NuMMGen.Fluxes;

/// <summary>
/// An arrival-time distribution written as a parent distribution followed by an exponential decay: t = t_parent + t_d,
/// t_d with density exp(-t/tau)/tau. The SNS delayed neutrinos are the prompt (pion) times plus a muon lifetime
/// (physics.md 4.2). A component's tabulated <see cref="FluxComponent.ArrivalTime"/> is this convolution on its grid;
/// a sampler may instead draw t_parent from <see cref="Parent"/> and t_d = -tau ln u (u uniform on (0, 1)), which is exact for the
/// convolution and touches a table of ~10^3 knots instead of ~10^5.
/// </summary>
/// <param name="Parent">Distribution of t_parent (s).</param>
/// <param name="Lifetime">tau (s), positive.</param>
public sealed record ExponentialDelay(TabulatedDistribution Parent, double Lifetime);
