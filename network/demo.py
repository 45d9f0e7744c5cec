"""Loads the demo meetings and try-outs (idempotent: what exists is kept, what is missing added)."""

import datetime

from django.core.files.base import ContentFile
from django.utils.text import slugify

from practices.demo_files import make_pdf
from practices.models import MaterialDocument, PracticePage

from .demo_content import ANCHORS, MEETINGS, TRYOUTS
from .models import Centre, Decision, Meeting, MeetingAttachment, TryOut, TryOutParticipant


def date(value):
    return datetime.date.fromisoformat(value)


def paragraphs(lines):
    return "".join(f"<p>{line}</p>" for line in lines)


def get_or_create_pdf(title, lines):
    document = MaterialDocument.objects.filter(title=title).first()
    if document is None:
        document = MaterialDocument(title=title)
        document.file.save(f"{slugify(title)}.pdf", ContentFile(make_pdf(title, lines)), save=False)
        document.save()
    return document


def load_meetings(centres, practices):
    created = 0
    for (
        kind,
        title,
        day,
        place,
        centre_keys,
        agenda,
        minutes,
        decisions,
        discussed,
        attachment,
    ) in MEETINGS:
        if Meeting.objects.filter(title=title, date=date(day)).exists():
            continue
        meeting = Meeting(
            kind=kind,
            title=title,
            date=date(day),
            place=place,
            online=not place,
            agenda="<ol>" + "".join(f"<li>{item}</li>" for item in agenda) + "</ol>",
            minutes=paragraphs(minutes),
        )
        meeting.centres = [centres[ANCHORS[key]] for key in centre_keys]
        meeting.practices = [practices[slug] for slug in discussed]
        meeting.decisions = [
            Decision(text=text, owner_role=owner, due_date=date(due))
            for text, owner, due in decisions
        ]
        if attachment:
            meeting.attachments = [MeetingAttachment(document=get_or_create_pdf(*attachment))]
        meeting.save()
        created += 1
    return created


def load_tryouts(centres, practices):
    created = 0
    for slug, key, start, end, participants, well, badly, changes, verdict in TRYOUTS:
        practice, centre = practices[slug], centres[ANCHORS[key]]
        if TryOut.objects.filter(practice=practice, centre=centre, start_date=date(start)).exists():
            continue
        tryout = TryOut(
            practice=practice,
            centre=centre,
            start_date=date(start),
            end_date=date(end),
            went_well=well,
            went_badly=badly,
            changes_made=changes,
            verdict=verdict,
        )
        tryout.participants = [
            TryOutParticipant(role=role, count=count) for role, count in participants
        ]
        tryout.save()
        created += 1
    return created


def load_network(stdout=None):
    centres = {centre.slug: centre for centre in Centre.objects.all()}
    practices = {page.slug: page for page in PracticePage.objects.all()}
    meetings = load_meetings(centres, practices)
    tryouts = load_tryouts(centres, practices)
    if stdout:
        stdout.write(f"  netwerk: {meetings} overleggen en {tryouts} uitproberingen toegevoegd")
