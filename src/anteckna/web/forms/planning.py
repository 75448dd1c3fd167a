"""The planning page's forms, one per change: each validates what was posted with messages
the secretary can read, and ``apply()`` makes the change through the same service as the
``anteckna groups rhythm|cancel|standing|rotation`` commands, so there is one write path."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _

from anteckna.services import rhythm, rotation, standing
from anteckna.services.planning_page import group_members
from anteckna.store import models as db

_DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
PLACES = (
    ("first", _("First, before the matters")),
    ("feedback", _("Feedback, followed by the actions to review")),
    ("last", _("Last, after the matters")),
)
ROLES = (("chair", _("Chair")), ("agenda", _("Agenda responsibility")))


def auto_id(op: str, role: str = "") -> str:
    """The ids of a form's fields: the page holds several forms with a field of one name
    ("place", "role"), and each label must point at its own field."""
    return f"id_{op}_{role}_%s" if role else f"id_{op}_%s"


class PlanningForm(forms.Form):
    """A form about one group; ``apply()`` makes its change (a ``ValueProblem`` when the
    service refuses it)."""

    def __init__(self, group: db.Group, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.group = group

    def apply(self) -> None:
        raise NotImplementedError


class RhythmForm(PlanningForm):
    weekday = forms.TypedChoiceField(
        label=_("Weekday"), choices=sorted(WEEKDAYS.items()), coerce=int
    )
    every_weeks = forms.IntegerField(label=_("Every … weeks"), min_value=1, max_value=52)
    times = forms.CharField(
        label=_("Time"), required=False, max_length=20, help_text=_("For example 13-15 or 9.30-11")
    )
    place = forms.CharField(label=_("Place"), required=False, max_length=200)
    start_from = forms.DateField(
        label=_("From"), widget=_DATE, help_text=_("The first meeting is on or after this date")
    )
    until = forms.DateField(label=_("Until"), required=False, widget=_DATE)

    def clean_times(self) -> tuple[Any, Any]:
        text = self.cleaned_data["times"].strip()
        if not text:
            return (None, None)
        try:
            return rhythm.parse_times(text)
        except rhythm.RhythmError:
            raise forms.ValidationError(
                _("“%(value)s” is not a time of day or a span of times that ends after it starts."),
                params={"value": text},
            ) from None

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start_from, until = data.get("start_from"), data.get("until")
        if start_from and until and until < start_from:
            self.add_error("until", _("The rhythm ends before it starts."))
        return data

    def apply(self) -> None:
        data = self.cleaned_data
        start, end = data["times"]
        rhythm.set_rhythm(self.group, weekday=data["weekday"], every_weeks=data["every_weeks"],
                          start_from=data["start_from"], until=data["until"], start=start,
                          end=end, place=data["place"])  # fmt: skip


class CancelForm(PlanningForm):
    day = forms.DateField(label=_("Date"), widget=_DATE)
    reason = forms.CharField(label=_("Reason"), required=False, max_length=200)

    def apply(self) -> None:
        rhythm.cancel_meeting(self.group, self.cleaned_data["day"], self.cleaned_data["reason"])


class RestoreForm(PlanningForm):
    day = forms.DateField(label=_("Date"), widget=forms.HiddenInput)

    def apply(self) -> None:
        rhythm.restore_meeting(self.group, self.cleaned_data["day"])


class StandingAddForm(PlanningForm):
    title = forms.CharField(label=_("Title"), max_length=300)
    place = forms.ChoiceField(label=_("Place on the agenda"), choices=PLACES, initial="last")
    presenter = forms.CharField(label=_("Presenter"), required=False, max_length=200)
    minutes = forms.IntegerField(label=_("Minutes"), required=False, min_value=0, max_value=600)

    def apply(self) -> None:
        data = self.cleaned_data
        standing.add_standing_item(
            self.group, data["title"], data["place"],
            presenter=data["presenter"], minutes=data["minutes"],
        )  # fmt: skip


class StandingRemoveForm(PlanningForm):
    title = forms.CharField(widget=forms.HiddenInput, max_length=300)

    def apply(self) -> None:
        standing.remove_standing_item(self.group, self.cleaned_data["title"])


class StandingResetForm(PlanningForm):
    def apply(self) -> None:
        standing.reset_standing_items(self.group)


class RotationForm(PlanningForm):
    """A role's order: one choice of member per place in the order (empty places skipped),
    and who holds the role now."""

    role = forms.ChoiceField(choices=ROLES, widget=forms.HiddenInput)

    def __init__(self, group: db.Group, *args: Any, **kwargs: Any) -> None:
        super().__init__(group, *args, **kwargs)
        self.members = {str(p.pk): p for p in group_members(group)}
        choices = [("", "—"), *((pk, p.name) for pk, p in self.members.items())]
        for place in range(1, len(self.members) + 1):
            self.fields[f"person_{place}"] = forms.ChoiceField(
                label=f"{place}.", choices=choices, required=False
            )
        holder_choices = [("", _("nobody yet")), *choices[1:]]
        self.fields["holder"] = forms.ChoiceField(
            label=_("Holds the role now"), choices=holder_choices, required=False
        )

    @classmethod
    def for_state(
        cls, group: db.Group, role: str, state: rotation.RotationState | None
    ) -> RotationForm:
        """An unbound form showing the role's present order and holder."""
        form = cls(group, initial={"role": role}, auto_id=auto_id("rotation", role))
        by_name = {p.name: pk for pk, p in form.members.items()}
        order = [by_name[name] for name in (state.order if state else ()) if name in by_name]
        for place, pk in enumerate(order, start=1):
            form.initial[f"person_{place}"] = pk
        if state is not None and state.holder in by_name:
            form.initial["holder"] = by_name[state.holder]
        return form

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        order = [
            data[name] for name in self.fields if name.startswith("person_") and data.get(name)
        ]
        if not order:
            raise forms.ValidationError(_("Choose at least one person for the order."))
        if len(set(order)) != len(order):
            raise forms.ValidationError(_("A person appears twice in the order."))
        if data.get("holder") and data["holder"] not in order:
            self.add_error("holder", _("The one who holds the role now must be in the order."))
        data["order"] = order
        return data

    def apply(self) -> None:
        data = self.cleaned_data
        names = [self.members[pk].name for pk in data["order"]]
        holder = self.members[data["holder"]].name if data["holder"] else None
        rotation.set_rotation(self.group, data["role"], names, holder)


class HandOverForm(PlanningForm):
    role = forms.ChoiceField(choices=ROLES, widget=forms.HiddenInput)

    def apply(self) -> None:
        rotation.hand_over(self.group, self.cleaned_data["role"])


FORMS: dict[str, type[PlanningForm]] = {
    "rhythm": RhythmForm,
    "cancel": CancelForm,
    "restore": RestoreForm,
    "standing_add": StandingAddForm,
    "standing_remove": StandingRemoveForm,
    "standing_reset": StandingResetForm,
    "rotation": RotationForm,
    "hand_over": HandOverForm,
}
"""The ``op`` a form posts → its form."""
