"""Study-day routes (registration form, cancellation), the spread dashboard's routes
(figures, CSV) and the public adoption report."""

import datetime

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from exchange.exporter import write_csv
from leersteun.spam import caught_in_honeypot, rate_limited

from . import figures
from .dashboard import CHARTS, build_charts
from .filters import SpreadFilterSet
from .forms import AdoptionReportForm, RegistrationForm
from .models import Registration, RegistrationStatus, SpreadDashboardPage
from .notifications import notify_editors
from .registration import (
    ALREADY_CANCELLED,
    NO_LONGER_EXISTS,
    CancellationRefused,
    RegistrationRefused,
    cancel,
    register,
    registration_id_from_token,
)

RATE_LIMIT_SCOPE = "studiedag-inschrijving"
CANCEL_TEMPLATE = "dissemination/cancel_registration.html"


def registration_form(request, page):
    if not page.registration_open() and request.method != "POST":
        return redirect(page.url)
    if request.method != "POST":
        return render_page(request, page, 200, form=RegistrationForm(study_day=page))
    form = RegistrationForm(request.POST, study_day=page)  # bound even when empty: errors show
    return handle_registration(request, page, form) or render_page(request, page, 400, form=form)


def render_page(request, page, status, **context):
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return response


def handle_registration(request, page, form):
    """Store a valid registration and redirect to the study day; None to show the form again."""
    if rate_limited(request, RATE_LIMIT_SCOPE):
        return render_page(
            request,
            page,
            429,
            form=form,
            refusal=_(
                "Er kwamen te veel inschrijvingen van jouw adres na elkaar. "
                "Probeer het over enkele minuten opnieuw."
            ),
        )
    if form.is_spam():
        # Never say which field gave the bot away.
        form.add_error(
            None,
            _(
                "Je inschrijving kon niet verwerkt worden. Probeer het opnieuw, of neem contact "
                "op via de contactpagina."
            ),
        )
        return None
    if not form.is_valid():
        return None
    try:
        registration = register(page, form.applicant())
    except RegistrationRefused as refusal:
        form.add_error(None, str(refusal))
        return None
    if registration.status == RegistrationStatus.CONFIRMED:
        messages.success(
            request,
            _("Je bent ingeschreven. Je krijgt een bevestiging op %(email)s.")
            % {"email": registration.email},
        )
    else:
        messages.warning(
            request,
            _(
                "De studiedag is volzet: je staat op de wachtlijst. Komt er een plaats vrij, dan "
                "krijg je die automatisch en een e-mail op %(email)s."
            )
            % {"email": registration.email},
        )
    return redirect(page.url, permanent=False)


def cancel_registration(request, page, token):
    """GET asks for confirmation (link checkers must not cancel); POST cancels."""
    context = {"page": page}
    try:
        registration = Registration.objects.filter(
            pk=registration_id_from_token(token), study_day=page
        ).first()
        if registration is None:
            raise CancellationRefused(NO_LONGER_EXISTS, status=404)
        if request.method == "POST":
            registration, _promoted = cancel(registration.pk)
            context["done"] = True
        elif registration.status == RegistrationStatus.CANCELLED:
            raise CancellationRefused(ALREADY_CANCELLED, status=410)
        context["registration"] = registration
    except CancellationRefused as refusal:
        context["refusal"] = str(refusal)
        return TemplateResponse(request, CANCEL_TEMPLATE, context, status=refusal.status)
    return TemplateResponse(request, CANCEL_TEMPLATE, context)


REPORTS_PER_HOUR = 5


def active_filters(filterset):
    return {name: value for name, value in filterset.form.cleaned_data.items() if value}


def dashboard(request, page):
    filterset, dropped = SpreadFilterSet.lenient(request.GET)
    centres = filterset.qs
    query = urlencode(active_filters(filterset))
    base_url = page.get_url(request)

    def csv_url(name):
        url = base_url + page.reverse_subpage("figures_csv", kwargs={"name": name})
        return f"{url}?{query}" if query else url

    charts = build_charts(centres, request, csv_url)
    return page.render(
        request,
        context_overrides={
            "filterset": filterset,
            "dropped_filters": [str(filterset.filters[name].label) for name in dropped],
            "filtered": bool(query),
            "charts": charts,
            "notes": figures.recent_notes(centres),
            "report_url": reverse("dissemination:report"),
        },
    )


def figures_csv(request, page, name):
    if name not in CHARTS:
        raise Http404
    filterset, _dropped = SpreadFilterSet.lenient(request.GET)
    chart = CHARTS[name](filterset.qs, request)
    rows = [[str(cell) for cell in row] for row in chart.rows]
    response = HttpResponse(write_csv(chart.headers, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{name}-{datetime.date.today():%Y-%m-%d}.csv"'
    )
    return response


# No CSRF token: the privacy statement promises visitors no cookies, and Django's token needs one.
# A forged submission could only add an unconfirmed report, which the honeypot, the rate limit
# and the editors' confirmation already guard against.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def report_adoption(request):
    """Public form: a centre reports it uses a practice; it lands unconfirmed for the editors."""
    form = AdoptionReportForm(
        request.POST or None, initial={"practice": request.GET.get("praktijk")}
    )
    thanks_url = reverse("dissemination:report_thanks")
    status = 200
    if request.method == "POST":
        if rate_limited(request, "adoption-report", REPORTS_PER_HOUR, 3600):
            form.is_valid()
            form.add_error(
                None, _("Je stuurde het voorbije uur al veel meldingen. Probeer het later opnieuw.")
            )
            status = 429
        elif caught_in_honeypot(form):
            return redirect(thanks_url)  # a bot: looks accepted, nothing stored
        elif form.is_valid():
            adoption, created = form.save()
            if created:
                notify_editors(request, adoption)
            return redirect(thanks_url)
    context = {"form": form, "dashboard": SpreadDashboardPage.objects.live().first()}
    return render(request, "dissemination/adoption_report.html", context, status=status)


def report_thanks(request):
    context = {"dashboard": SpreadDashboardPage.objects.live().first()}
    return render(request, "dissemination/adoption_report_thanks.html", context)
