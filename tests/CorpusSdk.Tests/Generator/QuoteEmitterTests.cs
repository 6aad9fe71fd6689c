using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CorpusSdk.Extraction.Model;
using CorpusSdk.Generator.Emit;

namespace CorpusSdk.Tests.Generator;

/// <summary>The emitter writes each kind the model knows as its own member of the runtime's enum, none by a silent default.</summary>
public class QuoteEmitterTests
{
    public static TheoryData<Type, Type> KindsAndEnums => new()
    {
        { typeof(QuoteKinds), typeof(QuoteKind) },
        { typeof(SpeakerKinds), typeof(SpeakerKind) },
        { typeof(SpeakerResolutions), typeof(SpeakerResolution) },
        { typeof(ChannelKinds), typeof(ChannelKind) },
    };

    [Theory]
    [MemberData(nameof(KindsAndEnums))]
    public void Every_model_kind_maps_to_its_own_runtime_enum_member(Type kinds, Type runtimeEnum)
    {
        var values = kinds.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Func<string, string> map = runtimeEnum == typeof(QuoteKind) ? QuoteEmitter.KindName
            : runtimeEnum == typeof(SpeakerKind) ? QuoteEmitter.SpeakerKindName
            : runtimeEnum == typeof(SpeakerResolution) ? QuoteEmitter.ResolutionName
            : QuoteEmitter.ChannelKindName;

        var names = values.Select(map).ToList();
        Assert.All(names, name => Assert.True(Enum.IsDefined(runtimeEnum, name), name + " is not a member of " + runtimeEnum.Name));
        Assert.Equal(values.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enum.GetNames(runtimeEnum).Length, values.Count);
    }
}
