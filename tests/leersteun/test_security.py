import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from production_support import production_env, run_python

from practices.models import PracticePage

pytestmark = pytest.mark.django_db

LOGIN_URL = "/beheer/login/"
PASSWORD = "een-sterk-wachtwoord-2024"


def csp_directives(response):
    header = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:] for part in (p.strip() for p in header.split(";")) if part
    }


def public_urls():
    practice = PracticePage.objects.live().filter(materials__document__isnull=False).first()
    document = practice.materials.exclude(document=None).first().document
    return ["/", "/materialenbank/", practice.url, document.url, "/bestaat-niet/", "/gezondheid/"]


def test_check_deploy_gives_no_warnings():
    result = run_python(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env()
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_while_the_admin_address_is_local():
    env = production_env()
    del env["WAGTAILADMIN_BASE_URL"]
    result = run_python(["manage.py", "check", "--deploy"], env)
    assert "leersteun.W001" in result.stdout + result.stderr


def test_production_refuses_to_start_without_postgres_or_secret():
    for missing in ("DATABASE_URL", "SECRET_KEY"):
        env = production_env()
        del env[missing]
        result = run_python(["manage.py", "check"], env)
        assert result.returncode != 0
        assert f"{missing} is required in production" in result.stderr
    result = run_python(["manage.py", "check"], production_env(DATABASE_URL="sqlite:///x.db"))
    assert "must be postgres" in result.stderr


def test_every_public_response_carries_the_security_headers(client, production_settings):
    for url in public_urls():
        response = client.get(url, secure=True)
        assert response.status_code in (200, 404), url
        assert response["Strict-Transport-Security"] == (
            "max-age=31536000; includeSubDomains; preload"
        )
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"
        assert "unsafe-inline" not in response["Content-Security-Policy"]
        directives = csp_directives(response)
        if url.startswith("/documenten/"):
            # Wagtail serves a download with a stricter policy of its own: nothing may run.
            assert directives["default-src"] == ["'none'"]
            continue
        assert directives["default-src"] == ["'self'"], url
        assert directives["script-src"] == ["'self'"], url
        assert directives["style-src"] == ["'self'"], url
        assert directives["frame-ancestors"] == ["'none'"], url
        assert directives["object-src"] == ["'none'"], url


def test_public_pages_need_no_inline_script_or_style(client, production_settings):
    """The strict policy only works if the portal's own HTML has nothing inline."""
    for url in public_urls()[:3]:
        html = client.get(url, secure=True).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)", html), url
        assert "style=" not in html, url
        assert not re.search(r"\son[a-z]+=", html), url


def test_plain_http_is_redirected_to_https_except_the_health_check(client, production_settings):
    response = client.get("/materialenbank/")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")
    assert client.get("/gezondheid/").status_code == 200


def test_admin_gets_its_own_looser_policy_that_still_forbids_foreign_frames(
    client, production_settings
):
    response = client.get(LOGIN_URL, secure=True)
    assert response.status_code == 200
    directives = csp_directives(response)
    assert "'unsafe-inline'" in directives["script-src"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["default-src"] == ["'self'"]


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "editor-security", "editor@example.org", PASSWORD, is_superuser=True
    )


def login(client, username, password, **extra):
    return client.post(
        LOGIN_URL, {"username": username, "password": password, **extra}, secure=True
    )


def test_cookies_are_secure_and_http_only(client, production_settings, editor):
    csrf = client.get(LOGIN_URL, secure=True).cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"]
    response = login(client, editor.username, PASSWORD)
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"]


def test_failed_logins_lock_out_the_account_from_that_address(client, production_settings, editor):
    limit = production_settings.AXES_FAILURE_LIMIT
    for _ in range(limit - 1):
        assert login(client, editor.username, "fout-wachtwoord").status_code == 200
    locked = login(client, editor.username, "fout-wachtwoord")
    assert locked.status_code == 429
    assert "tijdelijk geblokkeerd" in locked.content.decode()
    # Even the right password is refused while locked out...
    assert login(client, editor.username, PASSWORD).status_code == 429
    # ...but the same account from another address, and another account, can still log in.
    other = client.post(
        LOGIN_URL,
        {"username": editor.username, "password": PASSWORD},
        secure=True,
        REMOTE_ADDR="10.1.2.3",
    )
    assert other.status_code == 302
    assert AccessAttempt.objects.filter(username=editor.username).exists()


def test_weak_passwords_are_refused(client, production_settings, editor):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ("kort", "1234567890123", "wachtwoord", "editor-security"):
        with pytest.raises(ValidationError):
            validate_password(weak, editor)


def test_two_factor_login_needs_the_code_when_a_device_is_set(client, production_settings, editor):
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    response = login(client, editor.username, PASSWORD)
    assert response.status_code == 200
    assert "verificatiecode" in response.content.decode()
    assert "_auth_user_id" not in client.session

    response = login(client, editor.username, PASSWORD, otp_token="000000")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    response = login(client, editor.username, PASSWORD, otp_token="000001")
    assert "Wacht even" in response.content.decode()

    device.refresh_from_db()
    device.throttle_reset()
    code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
    response = login(client, editor.username, PASSWORD, otp_token=code)
    assert response.status_code == 302
    assert client.session["otp_device_id"] == device.persistent_id
    assert client.get("/beheer/", secure=True).status_code == 200


def test_without_a_device_the_password_alone_suffices(client, production_settings, editor):
    assert login(client, editor.username, PASSWORD).status_code == 302


def test_anonymous_pages_are_cached_but_never_an_editors_page(client, production_settings, editor):
    practice = PracticePage.objects.live().first()
    anonymous = client.get(practice.url, secure=True)
    assert "max-age=30" in anonymous["Cache-Control"]
    editor_client = Client()
    editor_client.force_login(editor)
    own = editor_client.get(practice.url, secure=True).content.decode()
    assert "wagtail-userbar" in own
    assert "wagtail-userbar" not in client.get(practice.url, secure=True).content.decode()
