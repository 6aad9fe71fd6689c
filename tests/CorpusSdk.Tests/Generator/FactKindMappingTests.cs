using System;
using System.Linq;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Generator.Emit;

namespace CorpusSdk.Tests.Generator;

using ModelFactKind = CorpusSdk.Extraction.Model.FactKind;
using ModelFactStatus = CorpusSdk.Extraction.Model.FactStatus;

/// <summary>
/// A kind or status of fact added to the model must reach the typed API, the export and the hovers: every member maps to
/// a member of the API's enum of the same meaning and to a name of its own, and none falls through to another's.
/// </summary>
public class FactKindMappingTests
{
    [Fact]
    public void Every_fact_kind_of_the_model_is_a_member_of_the_typed_api_and_has_its_own_export_name()
    {
        var kinds = Enum.GetValues<ModelFactKind>();

        Assert.Equal(Enum.GetNames<CorpusSdk.FactKind>().OrderBy(n => n, StringComparer.Ordinal),
            kinds.Select(FactEmitter.KindName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(kinds.Length, kinds.Select(k => FactNames.Of(k)).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("date", FactNames.Of(ModelFactKind.Date));
        Assert.Equal("number", FactNames.Of(ModelFactKind.Number));
    }

    [Fact]
    public void Every_fact_status_of_the_model_is_a_member_of_the_typed_api_and_has_its_own_export_name()
    {
        var statuses = Enum.GetValues<ModelFactStatus>();

        Assert.Equal(Enum.GetNames<CorpusSdk.FactStatus>().OrderBy(n => n, StringComparer.Ordinal),
            statuses.Select(FactEmitter.StatusName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(statuses.Length, statuses.Select(s => FactNames.Of(s)).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_kind_no_switch_knows_fails_loudly_instead_of_passing_for_a_number()
    {
        var unknown = (ModelFactKind)99;

        Assert.Throws<ArgumentOutOfRangeException>(() => FactNames.Of(unknown));
        Assert.Throws<ArgumentOutOfRangeException>(() => FactEmitter.KindName(unknown));
    }
}
