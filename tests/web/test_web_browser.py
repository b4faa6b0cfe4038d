"""End to end in real headless Chromium: log in, claim, blurred media, decide with reasons,
a public complaint, a third reviewer decides it; hostile content renders inert."""

from __future__ import annotations

from typing import Any

import pytest

from clearsight.api import create_app
from clearsight.api.testkit import Workspace, running, seed
from clearsight.config import Settings

HOSTILE = (
    "Quillmarsh note <script>window.__pwned = 'script'</script> Grey Kettle",
    'Grey Kettle <img src="x" onerror="window.__pwned = \'img\'"> tea',
    "<a href=\"javascript:window.__pwned = 'link'\">Grey Kettle</a> fair",
    '</style><style>body { display: none }</style><div style="position:fixed" '
    "onclick=\"window.__pwned='css'\">Grey Kettle</div>",
    '"><svg onload="window.__pwned = \'svg\'"></svg><textarea>Grey Kettle</textarea>',
)
INJECTED_DOM = """() => {
  const all = [...document.querySelectorAll('*')];
  return {
    handlers: all.flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on'))
                                 .map(a => e.tagName + ' ' + a.name)),
    jsLinks: [...document.querySelectorAll('a[href]')]
               .filter(a => a.href.trim().toLowerCase().startsWith('javascript:')).length,
    styled: document.querySelectorAll('[style]').length,
    styleTags: document.querySelectorAll('style').length,
    scripts: [...document.querySelectorAll('script')].map(s => s.getAttribute('src')),
    foreign: document.querySelectorAll('#item-text *:not(mark)').length,
    pwned: window.__pwned === undefined ? null : String(window.__pwned),
    bodyShown: getComputedStyle(document.body).display !== 'none',
  };
}"""

pytestmark = [
    pytest.mark.slow,
]


def _app(ws: Workspace) -> Any:
    return create_app(ws.settings, service=ws.service, secret_key="k" * 40, secure_cookies=False)


def _login(browser: Any, base: str, ws: Workspace, name: str) -> Any:
    page = browser.new_page()
    page.goto(f"{base}/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", ws.passwords[name])
    page.click("#login-submit")
    page.wait_for_load_state()
    return page


def test_review_flow_in_chromium(browser: Any, settings: Settings) -> None:
    ws = seed(settings)
    ws.add_user("reviewer-three", "reviewer")
    case = ws.image_case
    with running(_app(ws)) as base:
        page = _login(browser, base, ws, "reviewer")
        assert page.url == f"{base}/queue"
        page.click(f"tr[data-case='{case}'] a")
        page.click("#claim")
        assert "Claimed by reviewer" in page.inner_text("#claim-holder")
        image = page.locator(".sensitive img")
        blurred = image.evaluate("e => getComputedStyle(e).filter")
        assert "blur" in blurred and "grayscale" in blurred
        assert image.evaluate("e => e.complete && e.naturalWidth") == 64
        page.click(".sensitive")
        assert image.evaluate("e => getComputedStyle(e).filter") == "none"

        page.select_option("select[name=outcome]", "remove")
        page.fill("textarea[name=facts_and_circumstances]", "A fictional Grey Kettle threat.")
        page.fill("input[name=legal_or_policy_ground]", "Fictional rule 4")
        page.click("#decide")
        decision = page.locator("ol.decisions li").first
        assert "remove" in decision.inner_text() and "Fictional rule 4" in decision.inner_text()
        ref = decision.locator("code").inner_text()

        public = browser.new_page()
        public.goto(f"{base}/complain?ref={ref}")
        public.fill("textarea[name=text]", "It was a fictional baking joke.")
        public.click("#complaint-submit")
        assert ref in public.inner_text("#complaint-filed")

        third = _login(browser, base, ws, "reviewer-three")
        third.goto(f"{base}/complaints")
        third.click(f"tr[data-case='{case}'] a")
        third.select_option(".complaint-form select[name=outcome]", "uphold")
        third.fill(".complaint-form textarea[name=reasons]", "The fictional rule applies.")
        third.click(".complaint-form button")
        third.goto(f"{base}/cases/{case}")
        assert "uphold by reviewer-three" in third.inner_text(".complaint-outcome")


def test_hostile_content_renders_inert(browser: Any, settings: Settings) -> None:
    ws = seed(settings, HOSTILE, image=False)
    with running(_app(ws)) as base:
        page = _login(browser, base, ws, "reviewer")
        for url in ["/queue", *(f"/cases/{c}" for c in ws.cases)]:
            page.goto(base + url)
            page.wait_for_timeout(100)
            dom = page.evaluate(INJECTED_DOM)
            assert dom["pwned"] is None, url
            assert dom["handlers"] == [], url
            assert dom["jsLinks"] == 0 and dom["styled"] == 0 and dom["styleTags"] == 0, url
            assert dom["scripts"] == ["/static/htmx.min.js"], url
            assert dom["foreign"] == 0 and dom["bodyShown"], url
        for case, text in zip(ws.cases, HOSTILE, strict=True):
            page.goto(f"{base}/cases/{case}")
            assert page.inner_text("#item-text") == text
            assert page.locator("#item-text mark").count() >= 1
