using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using CorpusSdk.Extraction.Model;

namespace CorpusSdk.Extraction.Link;

/// <summary>
/// The entities the last run placed (<see cref="LinkShapes.PlaceAll"/>), with the places of the files they were placed
/// with: an entity the entity step handed again (the step was cached) whose files' places are as they were is placed as
/// before, without building its occurrences again. An edit moves the places of one file, so only the entities named in
/// it are placed anew. A result found here is the result placing would give: the entity is the same object and every
/// place it reads is equal.
/// </summary>
public sealed class PlacedEntityCache
{
    private readonly LastRunResults<EntityModel, Placed> _results = new(SameObject.Instance);

    /// <summary>How many entities the last call placed rather than found (for tests and measurements).</summary>
    public int LastPlaced => _results.LastComputed;

    public EquatableArray<EntityModel> Place(IReadOnlyList<EntityModel> entities, IReadOnlyDictionary<string, ArticlePlaces> places) =>
        _results.Map(entities, entity => Placed.Of(entity, places), placed => placed.StillPlaced(places)).Select(placed => placed.Entity).ToEquatableArray();

    private sealed class Placed(EntityModel entity, (string File, ArticlePlaces? Places)[] files)
    {
        public EntityModel Entity { get; } = entity;

        /// <summary>The entity placed, with the places of each file it is named in.</summary>
        public static Placed Of(EntityModel entity, IReadOnlyDictionary<string, ArticlePlaces> places) =>
            new(LinkShapes.Place(entity, places), entity.Spellings.SelectMany(s => s.Occurrences).Select(o => o.File).Distinct()
                .Select(file => (file, places.TryGetValue(file, out var ofFile) ? ofFile : null)).ToArray());

        /// <summary>Whether every file the entity is placed in has the places it had.</summary>
        public bool StillPlaced(IReadOnlyDictionary<string, ArticlePlaces> places)
        {
            foreach (var (file, was) in files)
            {
                places.TryGetValue(file, out var now);
                if (!ReferenceEquals(now, was) && !Equals(now, was)) return false;
            }
            return true;
        }
    }

    /// <summary>Entities by reference: the step hands the same objects while it is cached (netstandard2.0 has no ReferenceEqualityComparer).</summary>
    private sealed class SameObject : IEqualityComparer<EntityModel>
    {
        public static readonly SameObject Instance = new();

        public bool Equals(EntityModel? x, EntityModel? y) => ReferenceEquals(x, y);

        public int GetHashCode(EntityModel entity) => RuntimeHelpers.GetHashCode(entity);
    }
}
