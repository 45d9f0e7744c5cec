"""Demo study days (idempotent: what exists is kept, what is missing is added).

One praktijk day in the past (materials online, attendance ticked) and one beleid day ahead, both
placed relative to the day the demo is loaded, so registering always works in `make demo`.
"""

import datetime
import itertools

from django.utils import timezone

from network.models import Centre
from practices.models import CasePage, Insight, PracticePage

from .models import (
    MaterialKind,
    Registration,
    RegistrationStatus,
    Role,
    StudyDayIndexPage,
    StudyDayMaterial,
    StudyDayPage,
    StudyDaySession,
    Track,
)

INDEX_INTRO = (
    "<p>Studiedagen over de goede praktijken: een praktijkdeel voor CLB-medewerkers en een "
    "beleidsdeel voor directies en beleidsmedewerkers.</p>"
)
EMAIL_DOMAIN = "demo.leersteun.invalid"
FIRST_NAMES = ["An", "Bram", "Chloë", "Dries", "Elif", "Fien", "Gert", "Hanne", "Ilias", "Joke"]
LAST_NAMES = ["Peeters", "Janssens", "Maes", "Claes", "Wouters", "Mertens"]


def t(value):
    return datetime.time.fromisoformat(value)


STUDY_DAYS = [
    {
        "slug": "praktijkdag-consultatie-en-hga",
        "title": "Praktijkdag: van consultatie naar handelingsgericht advies",
        "track": Track.PRACTICE,
        "days_from_today": -30,
        "venue": "Provinciehuis Antwerpen",
        "address": "Koningin Elisabethlei 22, 2018 Antwerpen",
        "online_url": "",
        "capacity": 40,
        "intro": (
            "<p>Een dag voor CLB-medewerkers: anker-CLB's tonen hoe ze consultatief werken met "
            "zorgteams en hoe ze na een korte intake meteen handelingsgericht adviseren.</p>"
        ),
        "sessions": [
            (
                "09:30",
                "10:15",
                "Waarom minder labels? Het kader van het decreet",
                "Prodia",
                "Aula",
                [],
                [],
                ["vaste-consultatiemomenten"],
            ),
            (
                "10:30",
                "12:00",
                "Workshop: consultatie in de kleuterklas",
                "CLB-medewerker, anker-CLB",
                "Zaal A",
                ["consultatie-kleuterklas-taalontwikkeling"],
                ["taalontwikkeling-kleuter-zonder-verslag"],
                [],
            ),
            (
                "10:30",
                "12:00",
                "Workshop: HGA na een korte intake",
                "HGD-coördinator, anker-CLB",
                "Zaal B",
                ["hga-na-korte-intake-leesproblemen"],
                ["leesproblemen-derde-leerjaar-basisaanbod"],
                ["gedeeld-sjabloon-hga"],
            ),
            (
                "13:00",
                "14:30",
                "Workshop: het handelingsgericht MDO",
                "Zorgcoördinator",
                "Zaal A",
                ["handelingsgericht-mdo-in-vijf-stappen"],
                [],
                ["zorgcoordinator-als-spil"],
            ),
            (
                "13:00",
                "14:30",
                "Workshop: ouders vanaf de start",
                "CLB-medewerker, anker-CLB",
                "Zaal B",
                ["gezamenlijke-intake-ouders-school-clb"],
                [],
                ["ouders-vanaf-de-start"],
            ),
        ],
        "materials": [
            (
                "Presentatie plenaire sessie",
                "https://example.org/studiedag/plenaire.pdf",
                MaterialKind.SLIDES,
            ),
            (
                "Opname van de plenaire sessie",
                "https://example.org/studiedag/opname",
                MaterialKind.RECORDING,
            ),
        ],
        # (status, attended) for each registration
        "registrations": [(RegistrationStatus.CONFIRMED, True)] * 17
        + [(RegistrationStatus.CONFIRMED, False)] * 3
        + [(RegistrationStatus.CANCELLED, False)] * 2,
    },
    {
        "slug": "beleidsdag-handelingsgerichte-diagnostiek",
        "title": "Beleidsdag: handelingsgerichte diagnostiek in het CLB",
        "track": Track.POLICY,
        "days_from_today": 45,
        "venue": "",
        "address": "",
        "online_url": "https://example.org/studiedag/online",
        "capacity": 20,
        "intro": (
            "<p>Een online halve dag voor directies en beleidsmedewerkers: wat vraagt "
            "handelingsgerichte diagnostiek van de organisatie van een CLB?</p>"
        ),
        "sessions": [
            (
                "13:30",
                "14:15",
                "HGD zonder onnodige labels: wat leerden de anker-CLB's?",
                "Projectcoördinator",
                "",
                ["verslag-op-basis-van-icf-cy-zonder-label"],
                ["iac-vijfde-leerjaar-zonder-nieuw-onderzoek"],
                ["gemeenschappelijke-taal-icf-cy"],
            ),
            (
                "14:30",
                "15:30",
                "Tafel: intervisie organiseren",
                "Directeur, anker-CLB",
                "Groep 1",
                ["intervisie-hgd-casussen-clb-team"],
                [],
                ["intervisie-binnen-het-clb-team"],
            ),
            (
                "14:30",
                "15:30",
                "Tafel: samenwerken met het leersteuncentrum",
                "Beleidsmedewerker",
                "Groep 2",
                ["afstemming-clb-school-leersteuncentrum"],
                [],
                ["korte-lijnen-met-leersteuncentrum"],
            ),
        ],
        "materials": [],
        "registrations": [(RegistrationStatus.CONFIRMED, False)] * 8,
    },
]


def get_or_create_index(home):
    index = StudyDayIndexPage.objects.child_of(home).first()
    if index is None:
        index = StudyDayIndexPage(
            title="Studiedagen", slug="studiedagen", intro=INDEX_INTRO, show_in_menus=True
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def build_session(sort_order, start, end, title, speaker, room, practices, cases, insights):
    session = StudyDaySession(
        sort_order=sort_order,
        start_time=t(start),
        end_time=t(end),
        title=title,
        speaker_role=speaker,
        room=room,
    )
    session.practices = PracticePage.objects.filter(slug__in=practices)
    session.cases = CasePage.objects.filter(slug__in=cases)
    session.insights = Insight.objects.filter(slug__in=insights)
    return session


def build_study_day(data, today):
    date = today + datetime.timedelta(days=data["days_from_today"])
    day = StudyDayPage(
        title=data["title"],
        slug=data["slug"],
        track=data["track"],
        date=date,
        start_time=t(data["sessions"][0][0]),
        end_time=max(t(session[1]) for session in data["sessions"]),
        venue=data["venue"],
        address=data["address"],
        online_url=data["online_url"],
        capacity=data["capacity"],
        registration_deadline=date - datetime.timedelta(days=7),
        intro=data["intro"],
    )
    day.sessions = [build_session(n, *session) for n, session in enumerate(data["sessions"])]
    day.materials = [
        StudyDayMaterial(sort_order=n, title=title, url=url, kind=kind)
        for n, (title, url, kind) in enumerate(data["materials"])
    ]
    return day


def people():
    """Fictional names, each once, in a fixed order."""
    for last, first in itertools.product(LAST_NAMES, FIRST_NAMES):
        yield f"{first} {last}"


def load_registrations(day, statuses, names, centres):
    sessions_per_slot = day.parallel_slots()
    for number, (status, attended) in enumerate(statuses):
        name = next(names)
        email = f"{name.lower().replace(' ', '.').replace('ë', 'e')}@{EMAIL_DOMAIN}"
        centre = centres[number % len(centres)] if number % 7 else None
        registration, created = Registration.objects.get_or_create(
            study_day=day,
            email=email,
            defaults={
                "name": name,
                "centre": centre,
                "other_organisation": "" if centre else "Pedagogische begeleidingsdienst",
                "role": Role.DIRECTOR if day.track == Track.POLICY else Role.CLB_STAFF,
                "status": status,
                "attended": attended,
                "cancelled_at": timezone.now() if status == RegistrationStatus.CANCELLED else None,
            },
        )
        if created:
            registration.sessions.set(slot[number % len(slot)] for slot in sessions_per_slot)


def load_study_days(home, stdout=None):
    index = get_or_create_index(home)
    today = timezone.localdate()
    centres = list(Centre.objects.order_by("-is_anchor", "name"))
    names = people()
    for data in STUDY_DAYS:
        day = StudyDayPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if day is None:
            day = build_study_day(data, today)
            index.add_child(instance=day)
            day.save_revision().publish()
            if stdout:
                stdout.write(f"  studiedag {day.title}")
        load_registrations(day, data["registrations"], names, centres)
    return index
