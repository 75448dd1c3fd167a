"""Who is who: organisations, groups, people and their memberships.

A Person is one real person across every meeting; the names the notes use for them ("Jonas",
"SK", a misspelling) are PersonAlias rows, never extra Persons. ``*_key`` columns hold
``names.fold()`` of the name beside it, so lookups are exact index hits on both backends. Names
are TextFields: they come from the parser, and a length limit would make an odd document fail
on PostgreSQL alone (SQLite enforces none).
"""

from __future__ import annotations

from django.db import models

from anteckna.store.names import fold


class Organisation(models.Model):
    """The body the groups belong to (a municipality's administration, a society)."""

    name = models.CharField(max_length=200, unique=True)

    def __str__(self) -> str:
        return self.name


class Group(models.Model):
    """A group that meets, known by a name and often by a short name ("Ledningsgruppen"/"LG").

    Either name finds the group wherever one is asked for. The pairing is guessed when the
    group is first seen (``names.guess_short_name``) and can be edited; ``short_key`` is unique
    so that "LG" never means two groups. A group first seen only by its short name keeps it as
    ``name`` until the long name turns up.
    """

    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="groups"
    )
    name = models.TextField()
    short_name = models.TextField(null=True, blank=True)
    name_key = models.TextField(unique=True, editable=False)
    short_key = models.TextField(null=True, unique=True, editable=False)

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.name_key = fold(self.name)
        self.short_key = fold(self.short_name) if self.short_name else None
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return f"{self.name} ({self.short_name})" if self.short_name else self.name


class Person(models.Model):
    """One real person. ``name`` is the fullest form seen ("Greta Ahl Berglund")."""

    name = models.TextField()
    name_key = models.TextField(db_index=True, editable=False)
    note = models.TextField(blank=True)

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.name_key = fold(self.name)
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return self.name


class PersonAlias(models.Model):
    """Another way the notes write a person: a first name or initials seen resolved in a
    meeting, or a spelling variant a secretary recorded (matched like a full name)."""

    class Kind(models.TextChoices):
        SHORT = "short", "förnamn eller initialer"
        VARIANT = "variant", "stavningsvariant"

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    alias = models.TextField()
    key = models.TextField(db_index=True, editable=False)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.SHORT)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["person", "key"], name="person_alias_unique"),
        )

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.key = fold(self.alias)
        super().save(*args, **kwargs)

    def __str__(self) -> str:
        return f"{self.alias} → {self.person_id}"


class Membership(models.Model):
    """A person's place in a group. ``start`` is the first meeting date that shows it; ``end``
    is left for a secretary to set, since a name missing from one list proves nothing."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="memberships")
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)

    class Meta:
        indexes = (models.Index(fields=["group", "person"], name="membership_group_person"),)

    def __str__(self) -> str:
        return f"{self.person_id} in {self.group_id}"
