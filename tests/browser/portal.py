"""What the browser tests share: the page types they cover, the browser, axe-core and helpers."""

from dataclasses import dataclass
from pathlib import Path

from dissemination.demo_studydays import STUDY_DAYS
from practices.demo_cases import CASES
from practices.demo_content import PRACTICES
from practices.demo_insights import INSIGHTS

REPO = Path(__file__).resolve().parents[2]
AXE_JS = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOT_DIR = REPO / "var" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
# Without the networking flags Chromium phones home at start-up; the portal must be all it loads.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Best-practice rules that screen-reader users navigate by; axe runs them besides the WCAG tags.
NAVIGATION_RULES = ["landmark-unique", "landmark-one-main", "page-has-heading-one", "heading-order"]
SERVER_ERROR_PATH = "test-500/"  # served by tests/browser/urls.py only
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "mobile": {"width": 375, "height": 812}}

# A demo practice with every section and a PDF material, so its page type is shown in full.
PRACTICE_SLUG = next(
    practice["slug"]
    for practice in PRACTICES
    if practice["pitfalls"] and any(m["format"] == "pdf" for m in practice["materials"])
)


CASE_SLUG = CASES[0]["slug"]
# An obstacle from the demo, so the insight page shows its recommendations too.
INSIGHT_SLUG = next(item["slug"] for item in INSIGHTS if item["kind"] == "obstakel")
# The upcoming demo study day (its form is open) and the past one (programme and materials).
STUDY_DAY_SLUG = next(day["slug"] for day in STUDY_DAYS if day["days_from_today"] > 0)
PAST_STUDY_DAY_SLUG = next(day["slug"] for day in STUDY_DAYS if day["days_from_today"] < 0)


@dataclass(frozen=True)
class PageType:
    name: str
    path: str
    model: str | None = None  # the Wagtail page model it shows, as "app_label.ModelName"
    status: int = 200
    # A page with a form sets Django's CSRF cookie (named in the privacy statement); no other.
    cookies: tuple[str, ...] = ()

    def __str__(self):
        return self.name


# Every public page type the browser tests visit. Add a row when a new page type lands:
# tests/browser/test_coverage.py fails while a live page model is missing here.
LISTING = "practices.PracticeIndexPage"
PAGE_TYPES = [
    PageType("home", "/", "leersteun.HomePage"),
    PageType("materialenbank", "/materialenbank/", LISTING),
    PageType("materialenbank-filter", "/materialenbank/?fase=fase-1", LISTING),
    PageType("materialenbank-search", "/materialenbank/?q=ouders", LISTING),
    PageType("practice", f"/materialenbank/{PRACTICE_SLUG}/", "practices.PracticePage"),
    PageType("practice-embed", f"/materialenbank/{PRACTICE_SLUG}/embed/"),
    PageType("content-page", "/over/", "leersteun.ContentPage"),
    PageType("insights", "/inzichten/", "practices.InsightIndexPage"),
    PageType(
        "insights-filter", "/inzichten/?soort=succesfactor&niveau=clb", "practices.InsightIndexPage"
    ),
    PageType("insight", f"/inzichten/{INSIGHT_SLUG}/", "practices.InsightIndexPage"),
    PageType("recommendations", "/aanbevelingen/", "practices.RecommendationIndexPage"),
    PageType("network", "/netwerk/"),
    PageType("spread-dashboard", "/verspreiding/", "dissemination.SpreadDashboardPage"),
    PageType(
        "spread-dashboard-filter",
        "/verspreiding/?net=go&provincie=antwerpen",
        "dissemination.SpreadDashboardPage",
    ),
    PageType("adoption-report", "/verspreiding/melden/"),
    PageType("cases", "/casussen/", "practices.CaseIndexPage"),
    PageType(
        "cases-filter", "/casussen/?verslag=gc-verslag&diagnostiek=nee", "practices.CaseIndexPage"
    ),
    PageType("cases-search", "/casussen/?q=taalontwikkeling", "practices.CaseIndexPage"),
    PageType("case", f"/casussen/{CASE_SLUG}/", "practices.CasePage"),
    PageType("portal-search", "/zoeken/?q=leesstoornis"),
    PageType("open-data", "/open-data/"),
    PageType("final-report", "/eindrapport/", "reports.FinalReportPage"),
    PageType(
        "final-report-period",
        "/eindrapport/?van=2023-13-01&tot=2023-06-30",
        "reports.FinalReportPage",
    ),
    PageType("study-days", "/studiedagen/", "dissemination.StudyDayIndexPage"),
    PageType("study-day", f"/studiedagen/{STUDY_DAY_SLUG}/", "dissemination.StudyDayPage"),
    PageType(
        "study-day-past", f"/studiedagen/{PAST_STUDY_DAY_SLUG}/", "dissemination.StudyDayPage"
    ),
    PageType("accessibility-statement", "/toegankelijkheid/", "leersteun.ContentPage"),
    PageType("privacy", "/privacy/", "leersteun.ContentPage"),
    PageType("contact", "/contact/", "leersteun.ContactPage", cookies=("csrftoken",)),
    PageType("not-found", "/bestaat-niet/", status=404),
    PageType("server-error", f"/{SERVER_ERROR_PATH}", status=500),
]


def describe_page_types():
    width = max(len(page_type.name) for page_type in PAGE_TYPES)
    return "\n".join(
        f"  {page_type.name:<{width}}  {page_type.status}  {page_type.path}"
        for page_type in PAGE_TYPES
    )


def visit(page, page_type):
    response = page.goto(page_type.path)
    assert response.status == page_type.status, f"{page_type.path}: {response.status}"
    return response


def axe_violations(page):
    """Run axe-core (injected inline: no request leaves the page) with the WCAG A/AA rules."""
    page.add_script_tag(path=AXE_JS)
    return page.evaluate(
        """([tags, rules]) => axe.run(document, {
                runOnly: {type: "tag", values: tags},
                rules: Object.fromEntries(rules.map(rule => [rule, {enabled: true}])),
                resultTypes: ["violations"],
            }).then(result => result.violations)""",
        [WCAG_TAGS, NAVIGATION_RULES],
    )


def describe_violations(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines += [f"    {node['target']}: {node['failureSummary']}" for node in violation["nodes"]]
    return "\n".join(lines)


# The focused element, or null when focus left the document (Tab past the last element).
FOCUSED = """() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) {
        return null;
    }
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    return {
        description: element.outerHTML.slice(0, 120),
        position: [...document.querySelectorAll("*")].indexOf(element),
        tag: element.tagName.toLowerCase(),
        id: element.id,
        href: element.getAttribute("href") || "",
        name: element.getAttribute("name") || "",
        inMain: Boolean(element.closest("main")),
        indicator: outlined || style.boxShadow !== "none",
        onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0,
    };
}"""


def press_tab(page):
    page.keyboard.press("Tab")
    return page.evaluate(FOCUSED)


def assert_focus_visible(focused):
    assert focused["indicator"], f"focus not visible on {focused['description']}"
    assert focused["onScreen"], f"focused element off screen: {focused['description']}"


def tab_to(page, matches, limit=150):
    """Press Tab until `matches(focused)`, checking every stop on the way shows its focus."""
    for _ in range(limit):
        focused = press_tab(page)
        assert focused is not None, "focus left the page before the target was reached"
        assert_focus_visible(focused)
        if matches(focused):
            return focused
    raise AssertionError(f"target not reached after {limit} Tab presses")
