"""The edit-meeting page's forms, one per kind of correction; each names its element by id
among the meeting's own rows (so a posted id of another meeting's row is simply invalid) and
``apply()`` makes its corrections through ``services.corrections``, in one transaction."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from anteckna.services import corrections
from anteckna.store import models as db


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


class EditForm(forms.Form):
    """A form about one meeting; ``apply()`` gives how many corrections it made."""

    def __init__(self, meeting: db.Meeting, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.meeting = meeting

    def apply(self, user: Any) -> int:
        with transaction.atomic():
            made = [c for c in self.changes(user) if c is not None]
        return len(made)

    def changes(self, user: Any) -> list[Any]:
        raise NotImplementedError


class MeetingForm(EditForm):
    title = forms.CharField(label=_("Title"), required=False)
    date = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    groups = forms.CharField(
        label=_("Groups"), required=False, help_text=_("Names or short names, comma-separated")
    )

    def changes(self, user: Any) -> list[Any]:
        meeting, data = self.meeting, self.cleaned_data
        made = [corrections.correct("meeting", meeting.pk, "title", data["title"], user=user)]
        if data["date"] != meeting.date:
            dated = corrections.set_meeting_date(meeting.pk, data["date"], user=user)
            made.append(dated.correction)
        groups = _names(data["groups"])
        made.append(corrections.correct("meeting", meeting.pk, "groups", groups, user=user))
        return made


class AttendanceForm(EditForm):
    row = forms.ModelChoiceField(queryset=db.Attendance.objects.none(), widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Status"), choices=db.Attendance.Status.choices)
    person = forms.CharField(label=_("Person"), required=False)
    new_person = forms.BooleanField(label=_("A new person"), required=False)

    def __init__(self, meeting: db.Meeting, *args: Any, **kwargs: Any) -> None:
        super().__init__(meeting, *args, **kwargs)
        self.fields["row"].queryset = db.Attendance.objects.filter(meeting=meeting)

    def changes(self, user: Any) -> list[Any]:
        data = self.cleaned_data
        row = data["row"]
        made = [corrections.correct("attendance", row.pk, "status", data["status"], user=user)]
        if data["new_person"]:
            made.append(corrections.new_person(row.pk, user=user))
        elif data["person"].strip():
            made.append(
                corrections.correct("attendance", row.pk, "person", data["person"], user=user)
            )
        return made


class ItemForm(EditForm):
    item = forms.ModelChoiceField(queryset=db.Item.objects.none(), widget=forms.HiddenInput)
    title = forms.CharField(label=_("Title"))
    presenters = forms.CharField(
        label=_("Presented by"), required=False, help_text=_("Names, comma-separated")
    )

    def __init__(self, meeting: db.Meeting, *args: Any, **kwargs: Any) -> None:
        super().__init__(meeting, *args, **kwargs)
        self.fields["item"].queryset = db.Item.objects.filter(meeting=meeting)

    def changes(self, user: Any) -> list[Any]:
        data = self.cleaned_data
        item = data["item"].pk
        return [
            corrections.correct("item", item, "title", data["title"], user=user),
            corrections.correct("item", item, "presenters", _names(data["presenters"]), user=user),
        ]


class AddActionForm(EditForm):
    item = forms.ModelChoiceField(queryset=db.Item.objects.none(), widget=forms.HiddenInput)
    text = forms.CharField(label=_("Action"))
    owners = forms.CharField(
        label=_("Owners"), required=False, help_text=_("Names, comma-separated")
    )
    due = forms.DateField(
        label=_("Due"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, meeting: db.Meeting, *args: Any, **kwargs: Any) -> None:
        super().__init__(meeting, *args, **kwargs)
        self.fields["item"].queryset = db.Item.objects.filter(meeting=meeting)

    def changes(self, user: Any) -> list[Any]:
        data = self.cleaned_data
        return [
            corrections.add_action(
                data["item"].pk, data["text"], owners=_names(data["owners"]), due=data["due"],
                user=user,
            )
        ]  # fmt: skip


class AddDecisionForm(EditForm):
    item = forms.ModelChoiceField(queryset=db.Item.objects.none(), widget=forms.HiddenInput)
    text = forms.CharField(label=_("Decision"))

    def __init__(self, meeting: db.Meeting, *args: Any, **kwargs: Any) -> None:
        super().__init__(meeting, *args, **kwargs)
        self.fields["item"].queryset = db.Item.objects.filter(meeting=meeting)

    def changes(self, user: Any) -> list[Any]:
        data = self.cleaned_data
        return [corrections.add_decision(data["item"].pk, data["text"], user=user)]


class RemoveActionForm(EditForm):
    action = forms.ModelChoiceField(queryset=db.Action.objects.none(), widget=forms.HiddenInput)

    def __init__(self, meeting: db.Meeting, *args: Any, **kwargs: Any) -> None:
        super().__init__(meeting, *args, **kwargs)
        self.fields["action"].queryset = db.Action.objects.filter(meeting=meeting)

    def changes(self, user: Any) -> list[Any]:
        return [corrections.remove_action(self.cleaned_data["action"].pk, user=user)]


FORMS: dict[str, type[EditForm]] = {
    "meeting": MeetingForm,
    "attendance": AttendanceForm,
    "item": ItemForm,
    "add_action": AddActionForm,
    "add_decision": AddDecisionForm,
    "remove_action": RemoveActionForm,
}
