"""ITA frameworks as data: one JSON file per assessor, fiscal year and agency kind.

The package ships its files in `ita/frameworks/`; a site adds or replaces years with
WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS (a later folder wins for the same id). A file is read
again when it changes on disk, so a new year is one new file and no code change.
Every file is validated in full before use; FrameworkError says which file and what is wrong.
"""

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from wagtail_govstandard import conf
from wagtail_govstandard.i18n.bilingual import in_language
from wagtail_govstandard.ita import periods

logger = logging.getLogger(__name__)
SHIPPED_DIR = Path(__file__).resolve().parent / "frameworks"
MAX_FILE_BYTES = 512 * 1024
MAX_COUNT = 1000
# Evidence the package generates itself (see ita/generated.py for the URL of each).
GENERATED = (
    "annual_report", "visit_statistics", "survey_results", "moit1_order", "moit1_announcement",
    "moit1_request_form", "moit1_annual_report", "moit1_filled_forms", "queue_statistics",
)
ASSESSORS = ("moph", "nacc")


class FrameworkError(ValueError):
    """A framework file that cannot be used; the message names the file and the fault."""


@dataclass(frozen=True)
class Answer:
    """One thing on the site that answers an evidence sub-item."""
    category: str = ""
    kind: str = ""
    title_contains: str = ""
    min_count: int = 1
    period: str = ""
    generated: str = ""
    manual: bool = False

    @property
    def key(self):
        if self.category:
            return "category:" + self.category + (":" + self.kind if self.kind else "")
        return "generated:" + self.generated if self.generated else "manual"


@dataclass(frozen=True)
class Evidence:
    code: str
    title_th: str
    title_en: str
    period: str
    answers: tuple

    @property
    def title(self):
        return in_language(self.title_th, self.title_en)


@dataclass(frozen=True)
class Item:
    code: str
    group: str
    title_th: str
    title_en: str
    period: str
    verified: bool
    evidence: tuple

    @property
    def title(self):
        return in_language(self.title_th, self.title_en)


@dataclass(frozen=True)
class Group:
    code: str
    title_th: str
    title_en: str

    @property
    def title(self):
        return in_language(self.title_th, self.title_en)


@dataclass(frozen=True)
class Framework:
    id: str
    assessor: str
    scheme: str
    fiscal_year: int
    agency_kind: str
    title_th: str
    title_en: str
    source: dict
    groups: tuple
    items: tuple
    path: str

    @property
    def title(self):
        return in_language(self.title_th, self.title_en)

    @property
    def unverified_count(self):
        return sum(1 for item in self.items if not item.verified)

    def item(self, code):
        return next(item for item in self.items if item.code == code)

    def grouped(self):
        """[(Group, [Item])] in file order."""
        return [(group, [i for i in self.items if i.group == group.code]) for group in self.groups]

    def __str__(self):
        return f"{self.title} ({self.id})"


# --- parsing ---------------------------------------------------------------------------------

class _Reader:
    """Typed access to one JSON object, failing with the file and the path of the fault."""

    def __init__(self, source, where, data, allowed):
        self.source, self.where, self.data = source, where, data
        if not isinstance(data, dict):
            self.fail("must be an object")
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            self.fail(f"unknown key(s) {', '.join(unknown)}")

    def fail(self, message):
        raise FrameworkError(f"{self.source}: {self.where}: {message}")

    def text(self, key, required=True, limit=2000):
        value = self.data.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()) or len(value) > limit \
                or "\x00" in value:
            self.fail(f"{key!r} must be a non-empty text of at most {limit} characters"
                      if required else f"{key!r} must be a text of at most {limit} characters")
        return value.strip()

    def integer(self, key, default, low, high):
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(f"{key!r} must be a whole number from {low} to {high}")
        return value

    def flag(self, key, default):
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.fail(f"{key!r} must be true or false")
        return value

    def period(self, key, default):
        value = self.data.get(key, default)
        if value not in periods.RULES:
            self.fail(f"period {value!r} is not one of {', '.join(periods.RULES)}")
        return value

    def array(self, key, required=True):
        value = self.data.get(key, [])
        if not isinstance(value, list) or (required and not value) or len(value) > MAX_COUNT:
            self.fail(f"{key!r} must be a non-empty list" if required else f"{key!r} must be a list")
        return value


def _answer(source, where, data, default_period):
    from wagtail_govstandard.content.categories import exists, get

    reader = _Reader(source, where, data, ("category", "kind", "title_contains", "min_count",
                                           "period", "generated", "manual"))
    answer = Answer(
        category=reader.text("category", required=False, limit=64),
        kind=reader.text("kind", required=False, limit=64),
        title_contains=reader.text("title_contains", required=False, limit=200),
        min_count=reader.integer("min_count", 1, 1, MAX_COUNT),
        period=reader.period("period", default_period),
        generated=reader.text("generated", required=False, limit=64),
        manual=reader.flag("manual", False),
    )
    if sum(map(bool, (answer.category, answer.generated, answer.manual))) != 1:
        reader.fail("give exactly one of 'category', 'generated' or 'manual'")
    if answer.category and not exists(answer.category):
        reader.fail(f"category {answer.category!r} is not in the category registry")
    if answer.kind and (not answer.category or answer.kind not in get(answer.category).kinds):
        reader.fail(f"kind {answer.kind!r} is not a kind of category {answer.category!r}")
    if answer.generated and answer.generated not in GENERATED:
        reader.fail(f"generated evidence {answer.generated!r} is not one of {', '.join(GENERATED)}")
    return answer


def _answers(source, where, reader, period):
    return tuple(_answer(source, f"{where}.answers[{n}]", data, period)
                 for n, data in enumerate(reader.array("answers")))


def _evidence(source, where, data, item_period):
    reader = _Reader(source, where, data, ("code", "title_th", "title_en", "period", "answers"))
    period = reader.period("period", item_period)
    return Evidence(reader.text("code", limit=32), reader.text("title_th"), reader.text("title_en"),
                    period, _answers(source, where, reader, period))


def _item(source, where, data, group_codes):
    reader = _Reader(source, where, data, ("code", "group", "title_th", "title_en", "period",
                                           "verified", "evidence", "answers"))
    code, period = reader.text("code", limit=32), reader.period("period", periods.STANDING)
    if reader.text("group", limit=64) not in group_codes:
        reader.fail(f"group {data['group']!r} is not declared in 'groups'")
    if ("evidence" in data) == ("answers" in data):
        reader.fail("give either 'evidence' (sub-items) or 'answers', not both or neither")
    title_th, title_en = reader.text("title_th"), reader.text("title_en")
    if "evidence" in data:
        evidence = tuple(_evidence(source, f"{where}.evidence[{n}]", sub, period)
                         for n, sub in enumerate(reader.array("evidence")))
    else:
        evidence = (Evidence(code, title_th, title_en, period, _answers(source, where, reader, period)),)
    _unique(reader, [e.code for e in evidence], "evidence code")
    return Item(code, data["group"], title_th, title_en, period, reader.flag("verified", False), evidence)


def _unique(reader, codes, what):
    seen = set()
    for code in codes:
        if code in seen:
            reader.fail(f"{what} {code!r} appears twice")
        seen.add(code)


def parse(data, source="<data>", expected_id=None):
    """A Framework from decoded JSON; FrameworkError on any fault."""
    reader = _Reader(source, "file", data, ("id", "assessor", "scheme", "fiscal_year", "agency_kind",
                                            "title_th", "title_en", "source", "groups", "items"))
    framework_id = reader.text("id", limit=64)
    if expected_id and framework_id != expected_id:
        reader.fail(f"'id' {framework_id!r} must equal the file name {expected_id!r}")
    if not framework_id.endswith(f"_{data.get('fiscal_year')}"):
        reader.fail(f"'id' {framework_id!r} must end with _<fiscal_year> (the family, then the year)")
    if reader.text("assessor", limit=16) not in ASSESSORS:
        reader.fail(f"'assessor' must be one of {', '.join(ASSESSORS)}")
    about = _Reader(source, "source", data.get("source"), ("title", "year", "published_by", "where",
                                                           "url", "checked"))
    source_info = {key: about.text(key, required=key in ("title", "where")) for key in
                   ("title", "published_by", "where", "url", "checked")}
    source_info["year"] = about.integer("year", 0, 0, 3000)
    groups = tuple(Group(g.text("code", limit=64), g.text("title_th"), g.text("title_en"))
                   for g in (_Reader(source, f"groups[{n}]", raw, ("code", "title_th", "title_en"))
                             for n, raw in enumerate(reader.array("groups"))))
    _unique(reader, [g.code for g in groups], "group code")
    items = tuple(_item(source, f"items[{n}]", raw, {g.code for g in groups})
                  for n, raw in enumerate(reader.array("items")))
    _unique(reader, [i.code for i in items], "item code")
    return Framework(framework_id, data["assessor"], reader.text("scheme", limit=16),
                     reader.integer("fiscal_year", None, 2500, 2700), reader.text("agency_kind", limit=64),
                     reader.text("title_th"), reader.text("title_en"), source_info, groups, items, source)


def load_file(path):
    """Parse and validate one framework file."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise FrameworkError(f"{path}: larger than {MAX_FILE_BYTES} bytes")
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise FrameworkError(f"{path}: not valid UTF-8 JSON ({error.__class__.__name__})") from None
    return parse(data, str(path), expected_id=path.stem)


# --- discovery -------------------------------------------------------------------------------

_CACHE = {}


def framework_dirs():
    """The shipped folder, then the site's WAGTAILGOVSTANDARD_ITA_FRAMEWORK_DIRS in order."""
    return [SHIPPED_DIR, *(Path(d) for d in conf.get("ITA_FRAMEWORK_DIRS"))]


def _cached(path):
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    hit = _CACHE.get(path)
    if hit is None or hit[0] != stamp:
        hit = _CACHE[path] = (stamp, load_file(path))
    return hit[1]


def _files():
    """{id: path}: a later folder replaces an earlier same id."""
    found = {}
    for folder in framework_dirs():
        if folder.is_dir():
            found.update((path.stem, path) for path in sorted(folder.glob("*.json")))
    return found


def errors():
    """[message] for every framework file that cannot be used (shown by `manage.py check`)."""
    found = []
    for path in _files().values():
        try:
            _cached(path)
        except (FrameworkError, OSError) as error:
            found.append(str(error))
    return found


def frameworks():
    """{id: Framework} of every usable framework file, by assessor, year and id. A broken file
    is left out (and reported by errors()) so one bad year never takes the site down."""
    found = {}
    for framework_id, path in _files().items():
        try:
            found[framework_id] = _cached(path)
        except (FrameworkError, OSError) as error:
            logger.warning("ITA framework left out: %s", error)
    return dict(sorted(found.items(), key=lambda pair: (pair[1].assessor, pair[1].fiscal_year, pair[0])))


def get(framework_id):
    """The Framework `framework_id`; KeyError when no file has it."""
    return frameworks()[framework_id]


def choices():
    return [(f.id, f"{f.scheme} {f.fiscal_year} ({f.agency_kind})") for f in frameworks().values()]


def for_year(ids, year):
    """Frameworks among `ids` for fiscal year `year` (several schemes may apply)."""
    return [f for f in frameworks().values() if f.id in ids and f.fiscal_year == year]


def family(framework_id):
    """The id without its year: moph_moit_2569 -> moph_moit. A site picks families; the
    assessment year picks the file (MOIT 2570 follows MOIT 2569 with no setting changed)."""
    return framework_id.rsplit("_", 1)[0]


def for_families(families, year):
    """The frameworks of `families` for fiscal year `year`."""
    return [f for f in frameworks().values() if family(f.id) in families and f.fiscal_year == year]


def clear_cache():
    _CACHE.clear()


__all__ = ["Answer", "Evidence", "Framework", "FrameworkError", "Group", "Item", "choices",
           "clear_cache", "errors", "family", "for_families", "for_year", "framework_dirs",
           "frameworks", "get", "load_file", "parse"]
