"""The category registry: every mandated content category of the guideline (seed 1.1-1.10).

This is the single source of truth: page types, the category index, the compliance report,
the ITA frameworks and the API all read it. Codes are stable identifiers.
References are legal only ("OIA 7(1)" = Official Information Act s.7(1)): which ITA item a
category answers depends on the assessor and the year, so it lives in the framework files
(ita/frameworks/), never here.
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
    # Part of the Government Website Standard's list (seed 3.3 completeness); False for the
    # categories only the ITA items ask for (assessed per item, see ita/completeness.py).
    standard: bool = True
    # The period an item must cover to count (ita/periods.py); empty: current_fy for the
    # per-fiscal-year categories, else standing. See period_rule.
    period: str = ""

    @property
    def label(self):
        """The label in the active language (Thai unless English is active)."""
        return self.label_en if (get_language() or "th").startswith("en") else self.label_th

    @property
    def period_rule(self):
        return self.period or ("current_fy" if self.per_fiscal_year else "standing")

    @property
    def oia_sections(self):
        return tuple(r for r in self.refs if r.startswith("OIA"))

    def __str__(self):
        return str(self.label)


def _general(code, th, en, refs=(), must_carry="", **kwargs):
    return Category("general." + code, "1.1", th, en, refs, must_carry, **kwargs)


CATEGORIES = (
    _general("history", "ประวัติความเป็นมา", "History"),
    _general("vision", "วิสัยทัศน์ พันธกิจ", "Vision and mission"),
    _general("structure", "โครงสร้างหน่วยงาน", "Organisation structure", ("OIA 7(1)",),
             "chart (image or document)"),
    _general("executives", "ทำเนียบผู้บริหาร", "Executives", (),
             "name, position, photo, contact per person", page_types=("ExecutivesPage",)),
    _general("cio", "ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)", "Chief Information Officer", (),
             "name, position, contact", page_types=("ExecutivesPage",)),
    _general("duties", "อำนาจหน้าที่", "Powers and duties", ("OIA 7(2)",)),
    _general("strategy", "ยุทธศาสตร์", "Strategy", (), "fiscal year", per_fiscal_year=True),
    _general("action_plan", "แผนปฏิบัติราชการ / แผนงาน / โครงการ", "Action plans and projects",
             ("OIA 9(3)",), "fiscal year", per_fiscal_year=True),
    _general("budget", "งบประมาณรายจ่ายประจำปี", "Annual budget", ("OIA 9(3)",),
             "fiscal year", per_fiscal_year=True),
    _general("performance_agreement", "คำรับรองการปฏิบัติราชการ", "Performance agreement", (),
             "fiscal year", per_fiscal_year=True),
    _general("performance_report", "รายงานผลการปฏิบัติราชการ", "Performance reports",
             (), "fiscal year, period", per_fiscal_year=True),
    _general("contact", "ช่องทางการติดต่อ", "Contact", ("OIA 7(3)",),
             "address, phone, fax, e-mail, map", page_types=("ContactPage",)),
    Category("laws", "1.2", "กฎหมาย ระเบียบ ข้อบังคับ", "Laws and regulations",
             ("OIA 7(4)",), "source (issuer/gazette), date", page_types=("LawPage",),
             review_days=730),
    Category("knowledge", "1.3", "คลังความรู้", "Knowledge base",
             (), "source, date and time", page_types=("KnowledgePage",), review_days=365,
             kinds=("infographic", "multimedia", "article", "research", "statistics")),
    Category("links", "1.4", "เว็บไซต์หน่วยงานที่เกี่ยวข้อง", "Related websites",
             (), "URL, kind", page_types=("LinksPage",)),
    Category("official_info", "1.5", "ข้อมูลข่าวสารตาม พ.ร.บ.ข้อมูลข่าวสารฯ",
             "Official information", ("OIA 7", "OIA 9"), "OIA section",
             page_types=("OfficialInfoPage",), review_days=90),
    Category("sop_manual", "1.6", "คู่มือมาตรฐานการปฏิบัติงาน", "Standard operating manuals",
             ("OIA 9(4)",), "steps with time per step, download",
             page_types=("SopManualPage",)),
    Category("citizen_manual", "1.7", "คู่มือสำหรับประชาชน", "Citizen's manuals", (),
             "steps with time per step, documents and forms to download",
             page_types=("CitizenManualPage",)),
    Category("news", "1.8", "ข่าวประชาสัมพันธ์", "News", (),
             "kind; photos for activity news", page_types=("NewsPage",), time_bound=True,
             publication_days=365, review_days=30,
             kinds=("pr", "general", "activity", "alert", "announcement", "job",
                    "procurement_announcement", "procurement_result")),
    Category("eservices", "1.9", "ระบบบริการอิเล็กทรอนิกส์", "E-services", (),
             "URL or app link, channel", page_types=("EServicePage",), review_days=180),
    Category("statistics", "1.10", "สถิติผู้เข้าชมและความพึงพอใจ",
             "Visit statistics and satisfaction", (), "",
             page_types=("StatisticsPage",), needs_pages=False),
)


def _ita(code, th, en, refs=(), page_types=("GeneralInfoPage",), **kwargs):
    """A category the ITA items ask for beyond the seed's list (standard=False: assessed per ITA
    item, not in the seed 3.3 completeness rows)."""
    return Category(code, "ITA", th, en, refs, page_types=page_types, standard=False, **kwargs)


# What the ITA frameworks ask for that the seed does not list. All reuse the general page
# (title, body, attachments, the seed 2.2 metadata) but the Q&A and social channels, which are
# a links page. Procurement announcements and results stay news kinds (news:
# procurement_announcement / procurement_result).
ITA_CATEGORIES = (
    _ita("procurement_plan", "แผนการจัดซื้อจัดจ้างประจำปี", "Annual procurement plan", ("OIA 9(8)",),
         must_carry="fiscal year", per_fiscal_year=True, period="current_fy"),
    _ita("procurement_monthly", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)",
         "Monthly procurement summaries (form สขร.1)", ("OIA 9(8)",),
         must_carry="the month covered (coverage start)", review_days=31, period="monthly"),
    _ita("procurement_report", "รายงานผลและการวิเคราะห์การจัดซื้อจัดจ้างประจำปี",
         "Annual procurement report and analysis", must_carry="fiscal year reported",
         per_fiscal_year=True, period="previous_fy"),
    _ita("hr_policy", "นโยบายและแผนการบริหารทรัพยากรบุคคล", "HR policy and plan",
         must_carry="fiscal year", per_fiscal_year=True, period="current_fy"),
    _ita("hr_report", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล", "HR report",
         must_carry="fiscal year reported", per_fiscal_year=True, period="previous_fy"),
    _ita("ethics_code", "ประมวลจริยธรรม", "Code of ethics", review_days=730, period="standing"),
    _ita("ethics_report", "การขับเคลื่อนจริยธรรมและผลการดำเนินการ", "Implementation of the code of ethics",
         must_carry="fiscal year", per_fiscal_year=True, period="current_fy"),
    _ita("complaint_guideline", "แนวปฏิบัติการจัดการเรื่องร้องเรียน", "Complaint-handling guideline",
         review_days=730, period="standing"),
    _ita("complaint_channels", "ช่องทางการร้องเรียน", "Complaint channels", review_days=365, period="standing"),
    _ita("complaint_statistics", "สถิติเรื่องร้องเรียน", "Complaint statistics",
         must_carry="the quarter covered (coverage dates)", review_days=92, period="quarterly"),
    _ita("participation", "การเปิดโอกาสให้มีส่วนร่วม", "Participation", must_carry="fiscal year",
         per_fiscal_year=True, period="current_fy"),
    _ita("social_channels", "ช่องทางถาม-ตอบและสื่อสังคมออนไลน์", "Q&A and social channels",
         page_types=("LinksPage", "GeneralInfoPage"), review_days=365, period="standing"),
    _ita("no_gift", "นโยบายไม่รับของขวัญ (No Gift Policy)", "No Gift policy", must_carry="fiscal year",
         per_fiscal_year=True, period="current_fy"),
    _ita("gift_report", "รายงานการรับของขวัญและประโยชน์อื่นใด", "Gift-receipt report",
         must_carry="fiscal year", per_fiscal_year=True, period="current_fy"),
    _ita("bribery_risk", "การประเมินความเสี่ยงการทุจริตและการรับสินบน", "Bribery and corruption risk assessment",
         must_carry="fiscal year", per_fiscal_year=True, period="current_fy"),
    _ita("integrity_measures", "มาตรการส่งเสริมคุณธรรมและป้องกันการทุจริต", "Integrity measures and risk controls",
         must_carry="fiscal year", per_fiscal_year=True, period="current_fy"),
    _ita("anticorruption_plan", "แผนปฏิบัติการป้องกันการทุจริต", "Anti-corruption plan",
         must_carry="fiscal year", per_fiscal_year=True, period="current_fy"),
    _ita("anticorruption_report", "รายงานผลการดำเนินการป้องกันการทุจริต", "Anti-corruption report",
         must_carry="period reported", per_fiscal_year=True, period="first_half_current_fy"),
    _ita("state_property", "แนวปฏิบัติการใช้ทรัพย์สินของราชการ", "Use of state property", review_days=730,
         period="standing"),
    _ita("service_statistics", "ข้อมูลเชิงสถิติการให้บริการ", "Service statistics", review_days=92,
         period="current_fy"),
)

CATEGORIES = CATEGORIES + ITA_CATEGORIES
_BY_CODE = {category.code: category for category in CATEGORIES}


def get(code):
    """The Category for `code`; KeyError when unknown."""
    return _BY_CODE[code]


def exists(code):
    return code in _BY_CODE


def choices():
    """(code, label) pairs for form fields; labels follow the active language."""
    return [(c.code, c.label) for c in CATEGORIES]


def standard():
    """The categories of the Government Website Standard (the seed 3.3 completeness rows)."""
    return [c for c in CATEGORIES if c.standard]


def for_page_type(model_name):
    """Categories whose items may be pages of `model_name`."""
    return [c for c in CATEGORIES if model_name in c.page_types]
