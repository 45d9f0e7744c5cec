"""Links that two revisioned models share: one through model with a ParentalKey to each side.

Both editors show the links as an inline and both sides' revisions hold them, so a link is
drafted, moderated, previewed and published with whichever side changed it. Left alone,
publishing an older draft of one side would overwrite the whole link set and undo links the
other side published meanwhile. So a revision also stores the live link set it was saved
against; turning a revision back into an object (edit form, preview, publish) replays only
that revision's own additions and removals on top of the links that are live now.
"""


def _base_key(relation):
    return f"{relation}__live_when_saved"


class SharedLinksMixin:
    """Mix into a ClusterableModel (or Page) with RevisionMixin, before the Wagtail mixins."""

    #: {child relation name: name of the partner's foreign key on the through model}
    shared_links = {}

    def _link_rows(self, relation):
        """The link rows in the database for this object, by partner id."""
        if self.pk is None:
            return {}
        related = self._meta.get_field(relation)
        partner = self.shared_links[relation]
        rows = related.related_model.objects.filter(**{related.field.name: self.pk})
        return {getattr(row, f"{partner}_id"): row for row in rows}

    def serializable_data(self):
        data = super().serializable_data()
        for relation in self.shared_links:
            data[_base_key(relation)] = sorted(self._link_rows(relation))
        return data

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for relation in self.shared_links:
            base = content.get(_base_key(relation))
            if base is not None:  # revisions saved before the links existed change nothing
                obj._replay_link_changes(relation, set(base))
        return obj

    def _replay_link_changes(self, relation, base):
        partner = self.shared_links[relation]
        through = self._meta.get_field(relation).related_model
        in_revision = {getattr(row, f"{partner}_id"): row for row in getattr(self, relation).all()}
        live = self._link_rows(relation)
        added = set(in_revision) - base - set(live)
        if added:  # a partner deleted since the revision was saved cannot be linked again
            partner_model = through._meta.get_field(partner).related_model
            added &= set(partner_model.objects.filter(pk__in=added).values_list("pk", flat=True))
        rows = [
            row for partner_id, row in live.items() if partner_id not in base - set(in_revision)
        ]
        for partner_id in sorted(added):
            row = in_revision[partner_id]
            row.pk = None  # the row this revision saw may be gone; insert a fresh one
            rows.append(row)
        setattr(self, relation, rows)
