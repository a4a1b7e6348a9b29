using System.Text.Json;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Conformance.Devpack;

/// <summary>One cases/&lt;TestClass&gt;.json file of the neo-devpack vectors (see its README, "Case file format").</summary>
public sealed record DevpackCaseFile(string TestClass, IReadOnlyList<DevpackTest> Tests)
{
    /// <param name="errata">Corrections by step key ("TestClass/TestName/stepIndex"), applied before the steps are parsed.</param>
    public static DevpackCaseFile Load(string path, IReadOnlyDictionary<string, DevpackErratum>? errata = null)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var testClass = root.GetProperty("testClass").GetString()!;
        var tests = root.GetProperty("tests").EnumerateArray().Select(t => DevpackTest.Parse(t, testClass, errata)).ToList();
        return new DevpackCaseFile(testClass, tests);
    }
}

/// <summary>A translated test: default signers, the contracts deployed before the first step, and the steps.</summary>
public sealed record DevpackTest(string Name, IReadOnlyList<Signer> Signers, IReadOnlyList<DevpackDeploy> Deploys,
    IReadOnlyList<DevpackStep> Steps)
{
    public static DevpackTest Parse(JsonElement json, string testClass = "", IReadOnlyDictionary<string, DevpackErratum>? errata = null)
    {
        var name = json.GetProperty("name").GetString()!;
        return new(
            name,
            DevpackJson.ParseSigners(json.GetProperty("signers")),
            json.TryGetProperty("deploy", out var deploys) ? deploys.EnumerateArray().Select(DevpackDeploy.Parse).ToList() : [],
            json.GetProperty("steps").EnumerateArray().Select((step, i) =>
                errata is not null && errata.TryGetValue($"{testClass}/{name}/{i}", out var erratum)
                    ? DevpackStep.Parse(DevpackErrata.Correct(step, erratum)) with { Erratum = erratum.Reason }
                    : DevpackStep.Parse(step)).ToList());
    }
}

/// <summary>A deploy of artefact <paramref name="Contract"/> with its data (null = Any) and signers; <paramref name="Hash"/> is the expected hash.</summary>
public sealed record DevpackDeploy(string Contract, JsonElement? Data, IReadOnlyList<Signer> Signers, string? Hash)
{
    public static DevpackDeploy Parse(JsonElement json) => new(
        json.GetProperty("contract").GetString()!,
        DevpackJson.Optional(json, "data"),
        DevpackJson.ParseSigners(json.GetProperty("signers")),
        DevpackJson.Optional(json, "hash")?.GetString());
}

/// <summary>
/// A call step (<see cref="Contract"/>, <see cref="Method"/>, <see cref="Args"/>) or a deploy step (<see cref="Deploy"/>),
/// with its expectation, optional exact gas, optional own signers and optional target hash.
/// </summary>
public sealed record DevpackStep(
    string? Contract, string? Method, IReadOnlyList<JsonElement> Args, DevpackDeploy? Deploy,
    DevpackExpectation Expect, long? Gas, IReadOnlyList<Signer>? Signers, string? Hash, string? Source)
{
    public bool IsDeploy => Deploy is not null;

    /// <summary>Why the data set's expectation was corrected (dataset-errata.txt), or null for a step as recorded.</summary>
    public string? Erratum { get; init; }

    public static DevpackStep Parse(JsonElement json)
    {
        var signers = DevpackJson.Optional(json, "signers") is { } s ? DevpackJson.ParseSigners(s) : null;
        var hash = DevpackJson.Optional(json, "hash")?.GetString();
        DevpackDeploy? deploy = null;
        if (DevpackJson.Optional(json, "deploy") is { } artefact)
            deploy = new DevpackDeploy(artefact.GetString()!, DevpackJson.Optional(json, "data"), signers ?? [], hash);
        return new DevpackStep(
            DevpackJson.Optional(json, "contract")?.GetString(),
            DevpackJson.Optional(json, "method")?.GetString(),
            DevpackJson.Optional(json, "args") is { } args ? args.EnumerateArray().Select(a => a.Clone()).ToList() : [],
            deploy,
            DevpackExpectation.Parse(json.GetProperty("expect")),
            DevpackJson.Optional(json, "gas")?.GetInt64(),
            signers, hash,
            DevpackJson.Optional(json, "src")?.GetString());
    }
}

/// <summary>What a step must produce: the state, optionally the whole result and partial checks on it.</summary>
public sealed record DevpackExpectation(string State, JsonElement? Stack, IReadOnlyList<JsonElement> Checks, string? ExceptionContains)
{
    public bool Halts => State == "HALT";

    public static DevpackExpectation Parse(JsonElement json)
    {
        var stack = DevpackJson.Optional(json, "stack");
        // The data set wraps the single expected item in a one-element list.
        if (stack is { ValueKind: JsonValueKind.Array } list)
            stack = list.GetArrayLength() == 1 ? list[0] : throw new FormatException("'stack' must hold exactly one item.");
        return new DevpackExpectation(
            json.GetProperty("state").GetString()!,
            stack,
            DevpackJson.Optional(json, "checks") is { } checks ? checks.EnumerateArray().Select(c => c.Clone()).ToList() : [],
            DevpackJson.Optional(json, "exceptionContains")?.GetString());
    }
}

internal static class DevpackJson
{
    /// <summary>The property (detached from its document) when present and not null.</summary>
    public static JsonElement? Optional(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.Clone() : null;

    /// <summary>Signers in Neo's RPC form: account, scopes ("CalledByEntry, CustomContracts"), allowedcontracts, allowedgroups, rules.</summary>
    public static IReadOnlyList<Signer> ParseSigners(JsonElement json) => json.EnumerateArray().Select(Signer.FromJson).ToList();
}
