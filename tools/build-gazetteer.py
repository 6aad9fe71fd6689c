#!/usr/bin/env python3
"""Builds the name tagger's gazetteer, src/CorpusSdk.Extraction/Recognize/Entities/Data/gazetteer.tsv, from public
data pinned by commit below (places, given names, people's name words, organisations, in English and Arabic).

usage: tools/build-gazetteer.py [--mirrors DIR] [--out FILE]

Each source is read from a bare snapshot of its repository at the commit given (the search tool's `fetch
github:OWNER/NAME` puts one in DIR/OWNER+NAME/repo; DIR defaults to ../.mirror beside the project). The output is the
same bytes for the same sources: entries sorted, no dates. tools/train-entities reads the gazetteer, so a rebuilt
gazetteer needs a retrained model (the model's header records the gazetteer's hash).

The gazetteer is data about the world, not about any test set: nothing here is read from the measuring suites, and an
entry is never added by hand. What each kind means:
  country  a country's name (English and Arabic, common and official)
  region   a first- or second-level division (state, province, governorate, region)
  city1    a city of a million people or more; city2: 100,000 or more; city3: 15,000 or more, or any town of the
           Arab world (Arabic news names its villages)
  given    a given name (the US Social Security Administration's baby names given 5,000 times or more since 1880;
           Arabic given names)
  person   a word of a person's name as Wikidata writes it in Arabic and in Latin letters (NETransliteration)
  org      a university or a listed company
"""
import json, os, re, sqlite3, subprocess, sys, tempfile, unicodedata, zipfile, io

SOURCES = {
    "places": ("dr5hn/countries-states-cities-database", "7fda0afd3e75391d9480c22ed3a2b91f50e08eb6",
               "ODbL 1.0 (database), DbCL 1.0 (contents); attribution: Darshan Gada and contributors"),
    "geonames": ("ali-hv/geobank-data", "87f4be9e0737543a6988c225a1348b6014b6fc6a",
                 "GeoNames data, CC BY 4.0 (geonames.org)"),
    "countries": ("mledoze/countries", "5e9f370050f83ad2ba4cb885f75d66114badf72c", "ODbL 1.0; attribution: Mohammed Le Doze"),
    "babynames": ("aramshiva/babies", "5cbb539a286b8c1e40cb1400bf7c43b5e5b31b25",
                  "US Social Security Administration baby names, public data of the US government"),
    "arabicnames": ("AKhateeb/arabic-names", "32d5ec88aabb1d1ce79034bfec1d26443124859a", "MIT (c) 2018 AKhateeb"),
    "transliteration": ("steveash/NETransliteration-COLING2018", "5d5f59e561ecea45a6d3602121e1049baa7a76c3",
                        "Wikidata (CC0), as aligned by Merhav and Ash (COLING 2018)"),
    "universities": ("Hipo/university-domains-list", "bb07faf064e1c68be9b26fb71de31f01e361f974", "MIT (c) Hipo"),
    "companies": ("datasets/s-and-p-500-companies", "56509dd80619e4d8e1410c2260d68ddd3eab6068", "ODC-PDDL 1.0"),
}

# The Arab League's members: every town of theirs is kept, whatever its size.
ARAB_WORLD = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())

ARABIC = re.compile("[\u0600-\u06FF]")


def main():
    args = sys.argv[1:]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    mirrors = args[args.index("--mirrors") + 1] if "--mirrors" in args else os.path.join(root, "..", ".mirror")
    out = args[args.index("--out") + 1] if "--out" in args else os.path.join(
        root, "src", "CorpusSdk.Extraction", "Recognize", "Entities", "Data", "gazetteer.tsv")

    def show(source, path):
        repo, commit, _ = SOURCES[source]
        git_dir = os.path.join(mirrors, repo.replace("/", "+"), "repo")
        if os.path.isdir(os.path.join(git_dir, ".git")):
            git_dir = os.path.join(git_dir, ".git")
        if not os.path.isdir(git_dir):
            sys.exit(f"build-gazetteer: no snapshot of {repo} in {mirrors} (fetch github:{repo})")
        return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"], check=True, capture_output=True).stdout

    entries = {}  # (kind, name) -> True

    def add(kind, name):
        if not name:
            return
        name = unicodedata.normalize("NFC", name).strip()
        name = re.sub(r"\s+", " ", name)
        # A parenthesis or slash holds a second name or a note, not a name: "Sanaa (Sana'a)".
        if not name or any(c in name for c in "()/[],;\t\"") or len(name) < 2 or len(name.split(" ")) > 5:
            return
        if not ARABIC.search(name) and not re.search("[A-Za-zÀ-ɏ]", name):
            return
        entries[(kind, name)] = True

    # Countries: dr5hn and mledoze, English and Arabic.
    with tempfile.TemporaryDirectory() as tmp:
        for table in ("countries", "states"):
            path = os.path.join(tmp, table + ".sqlite3")
            with open(path, "wb") as f:
                f.write(show("places", f"sqlite/{table}.sqlite3"))
            db = sqlite3.connect(path)
            if table == "countries":
                for name, native, translations in db.execute("select name, native, translations from countries"):
                    add("country", name)
                    if native and ARABIC.search(native):
                        add("country", native)
                    add("country", json.loads(translations or "{}").get("ar"))
            else:
                for name, native, translations, level in db.execute("select name, native, translations, level from states"):
                    if level not in (1, 2, None):
                        continue
                    add("region", name)
                    if native and ARABIC.search(native):
                        add("region", native)
                    add("region", json.loads(translations or "{}").get("ar"))
            db.close()
    for country in json.loads(show("countries", "countries.json")):
        add("country", country["name"]["common"])
        add("country", country["name"]["official"])
        ara = country.get("translations", {}).get("ara", {})
        add("country", ara.get("common"))
        add("country", ara.get("official"))

    # Cities: dr5hn's per-country files (English, Arabic), GeoNames' cities of 15,000 people (English, for the countries
    # dr5hn's snapshot lacks and for the population).
    def city_kind(population, country):
        if population >= 1_000_000:
            return "city1"
        if population >= 100_000:
            return "city2"
        if population >= 15_000 or country in ARAB_WORLD:
            return "city3"
        return None

    listing = subprocess.run(["git", "--git-dir", git_dir_of(mirrors, "places"), "ls-tree", "--name-only",
                              SOURCES["places"][1], "contributions/cities/"], check=True, capture_output=True, text=True).stdout.split()
    for path in sorted(listing):
        if not path.endswith(".json"):
            continue
        try:
            cities = json.loads(show("places", path))
        except subprocess.CalledProcessError:
            continue  # a file too large for the snapshot: GeoNames covers that country
        for city in cities:
            kind = city_kind(city.get("population") or 0, city.get("country_code"))
            if kind is None:
                continue
            add(kind, city.get("name"))
            native = city.get("native")
            if native and ARABIC.search(native):
                add(kind, native)
            add(kind, (city.get("translations") or {}).get("ar"))
    with zipfile.ZipFile(io.BytesIO(show("geonames", "cities15000.zip"))) as z:
        for line in z.read("cities15000.txt").decode("utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) < 15:
                continue
            kind = city_kind(int(cols[14] or 0), cols[8])
            if kind:
                add(kind, cols[1])
                if cols[2] != cols[1]:
                    add(kind, cols[2])

    # Given names.
    totals = {}
    listing = subprocess.run(["git", "--git-dir", git_dir_of(mirrors, "babynames"), "ls-tree", "--name-only",
                              SOURCES["babynames"][1], "names/"], check=True, capture_output=True, text=True).stdout.split()
    for path in listing:
        if not re.search(r"yob\d{4}\.txt$", path):
            continue
        for line in show("babynames", path).decode("utf-8").splitlines():
            name, _, count = line.split(",")
            totals[name] = totals.get(name, 0) + int(count)
    for name, count in totals.items():
        if count >= 5000:
            add("given", name)
    for path in ("male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt"):
        for line in show("arabicnames", path).decode("utf-8").splitlines():
            add("given", line.strip())

    # Words of people's names, in Arabic and Latin letters.
    for line in show("transliteration", "data/wd_arabic.normalized.aligned.tokens").decode("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        latin, arabic = cols[0].strip(), cols[1].replace(" ", "")
        if len(arabic) >= 3:
            add("person", arabic)
        if len(latin) >= 3 and latin.isalpha():
            add("person", latin[0].upper() + latin[1:])

    # Organisations.
    for university in json.loads(show("universities", "world_universities_and_domains.json")):
        add("org", university.get("name"))
    for line in show("companies", "data/constituents.csv").decode("utf-8").splitlines()[1:]:
        cols = line.split(",")
        if len(cols) > 1:
            add("org", cols[1])

    lines = ["# The name tagger's gazetteer: kind TAB name as the source writes it (matched folded).",
             "# Built by tools/build-gazetteer.py; do not edit: run it again to rebuild (see its docstring for the kinds).",
             "# Sources (repository @ commit: licence):"]
    for key in sorted(SOURCES):
        repo, commit, licence = SOURCES[key]
        lines.append(f"#   {repo} @ {commit}: {licence}")
    lines.append("# This gazetteer, as a database derived from ODbL data, is under the ODbL 1.0.")
    body = sorted(f"{kind}\t{name}" for kind, name in entries)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines + body) + "\n")
    counts = {}
    for kind, _ in entries:
        counts[kind] = counts.get(kind, 0) + 1
    print(f"wrote {out}: {len(body)} entries " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)


def git_dir_of(mirrors, source):
    git_dir = os.path.join(mirrors, SOURCES[source][0].replace("/", "+"), "repo")
    return os.path.join(git_dir, ".git") if os.path.isdir(os.path.join(git_dir, ".git")) else git_dir


if __name__ == "__main__":
    main()
