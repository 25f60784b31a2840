"""The category registry: every mandated content category of the guideline (seed 1.1-1.10).

This is the single source of truth: page types, the category index, the compliance report,
the ITA evidence table and the API all read it. Codes are stable identifiers.
References: "OIA 7(1)" = Official Information Act s.7(1); "O1" = ITA OIT item; "MOIT 2" = the
Ministry of Public Health's ITA item.
"""

from dataclasses import dataclass, field

from django.utils.translation import get_language


@dataclass(frozen=True)
class Category:
    code: str
    seed: str
    label_th: str
    label_en: str
    refs: tuple = ()
    must_carry: str = ""
    # Model names (in this app) of the page types that may hold items of this category.
    page_types: tuple = ("GeneralInfoPage",)
    # Items must carry a publication end (announcements, procurement, jobs).
    time_bound: bool = False
    # Default publication period in days for a new item (None: no default end).
    publication_days: int | None = None
    # How often a webmaster reviews an item; also the "stale" threshold of the category.
    review_days: int = 365
    # Stale when nothing was updated within the current fiscal year (plans, budgets).
    per_fiscal_year: bool = False
    # Searchable for completeness checks: False for categories served by features, not pages.
    needs_pages: bool = True
    kinds: tuple = field(default=())

    @property
    def label(self):
        """The label in the active language (Thai unless English is active)."""
        return self.label_en if (get_language() or "th").startswith("en") else self.label_th

    @property
    def oit_items(self):
        return tuple(r for r in self.refs if r[:1] == "O" and r[1:2].isdigit())

    @property
    def moit_items(self):
        return tuple(r for r in self.refs if r.startswith("MOIT"))

    @property
    def oia_sections(self):
        return tuple(r for r in self.refs if r.startswith("OIA"))

    def __str__(self):
        return str(self.label)


def _general(code, th, en, refs=(), must_carry="", **kwargs):
    return Category("general." + code, "1.1", th, en, refs, must_carry, **kwargs)


CATEGORIES = (
    _general("history", "ประวัติความเป็นมา", "History"),
    _general("vision", "วิสัยทัศน์ พันธกิจ", "Vision and mission", ("MOIT 2",)),
    _general("structure", "โครงสร้างหน่วยงาน", "Organisation structure", ("OIA 7(1)", "O1"),
             "chart (image or document)"),
    _general("executives", "ทำเนียบผู้บริหาร", "Executives", ("O2", "MOIT 2"),
             "name, position, photo, contact per person", page_types=("ExecutivesPage",)),
    _general("cio", "ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)", "Chief Information Officer", (),
             "name, position, contact", page_types=("ExecutivesPage",)),
    _general("duties", "อำนาจหน้าที่", "Powers and duties", ("OIA 7(2)", "O3")),
    _general("strategy", "ยุทธศาสตร์", "Strategy", ("O4",), "fiscal year", per_fiscal_year=True),
    _general("action_plan", "แผนปฏิบัติราชการ / แผนงาน / โครงการ", "Action plans and projects",
             ("OIA 9(3)", "O10"), "fiscal year", per_fiscal_year=True),
    _general("budget", "งบประมาณรายจ่ายประจำปี", "Annual budget", ("OIA 9(3)", "O18"),
             "fiscal year", per_fiscal_year=True),
    _general("performance_agreement", "คำรับรองการปฏิบัติราชการ", "Performance agreement", (),
             "fiscal year", per_fiscal_year=True),
    _general("performance_report", "รายงานผลการปฏิบัติราชการ", "Performance reports",
             ("O11", "O12"), "fiscal year, period", per_fiscal_year=True),
    _general("contact", "ช่องทางการติดต่อ", "Contact", ("OIA 7(3)", "O5"),
             "address, phone, fax, e-mail, map", page_types=("ContactPage",)),
    Category("laws", "1.2", "กฎหมาย ระเบียบ ข้อบังคับ", "Laws and regulations",
             ("OIA 7(4)", "O6"), "source (issuer/gazette), date", page_types=("LawPage",),
             review_days=730),
    Category("knowledge", "1.3", "คลังความรู้", "Knowledge base",
             (), "source, date and time", page_types=("KnowledgePage",), review_days=365,
             kinds=("infographic", "multimedia", "article", "research", "statistics")),
    Category("links", "1.4", "เว็บไซต์หน่วยงานที่เกี่ยวข้อง", "Related websites",
             (), "URL, kind", page_types=("LinksPage",)),
    Category("official_info", "1.5", "ข้อมูลข่าวสารตาม พ.ร.บ.ข้อมูลข่าวสารฯ",
             "Official information", ("OIA 7", "OIA 9", "O23"), "OIA section",
             page_types=("OfficialInfoPage",), review_days=90),
    Category("sop_manual", "1.6", "คู่มือมาตรฐานการปฏิบัติงาน", "Standard operating manuals",
             ("OIA 9(4)", "O13"), "steps with time per step, download",
             page_types=("SopManualPage",)),
    Category("citizen_manual", "1.7", "คู่มือสำหรับประชาชน", "Citizen's manuals", ("O14",),
             "steps with time per step, documents and forms to download",
             page_types=("CitizenManualPage",)),
    Category("news", "1.8", "ข่าวประชาสัมพันธ์", "News", ("O7", "O22", "O23"),
             "kind; photos for activity news", page_types=("NewsPage",), time_bound=True,
             publication_days=365, review_days=30,
             kinds=("pr", "general", "activity", "alert", "announcement", "job",
                    "procurement_announcement", "procurement_result")),
    Category("eservices", "1.9", "ระบบบริการอิเล็กทรอนิกส์", "E-services", ("O17",),
             "URL or app link, channel", page_types=("EServicePage",), review_days=180),
    Category("statistics", "1.10", "สถิติผู้เข้าชมและความพึงพอใจ",
             "Visit statistics and satisfaction", ("O15", "O16"), "",
             page_types=("StatisticsPage",), needs_pages=False),
)

_BY_CODE = {category.code: category for category in CATEGORIES}


def get(code):
    """The Category for `code`; KeyError when unknown."""
    return _BY_CODE[code]


def exists(code):
    return code in _BY_CODE


def choices():
    """(code, label) pairs for form fields; labels follow the active language."""
    return [(c.code, c.label) for c in CATEGORIES]


def for_page_type(model_name):
    """Categories whose items may be pages of `model_name`."""
    return [c for c in CATEGORIES if model_name in c.page_types]
