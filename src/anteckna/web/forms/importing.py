"""The import page's forms: the upload of several files, and one file's preview corrections."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from anteckna.errors import SourceError
from anteckna.services.corrections import CorrectionError, group_names
from anteckna.services.staging import NEW_PERSON, Corrections, Upload
from anteckna.store import models as db
from anteckna.web.uploads import check_upload


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field. Each is checked by ``check_upload`` later, one by one,
    so that a refused file is reported beside the others rather than refusing them all."""

    def __init__(self, **kwargs: Any) -> None:
        accept = ",".join((".pdf", ".docx", ".txt", ".md"))
        super().__init__(widget=MultipleFileInput(attrs={"accept": accept}), **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if not files:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return files


class UploadForm(forms.Form):
    files = MultipleFileField(label=_("Notes (PDF, Word, text or Markdown)"))

    def uploads(self) -> list[Upload]:
        """The files as the staging service takes them; a refused one with its reason."""
        found = []
        for upload in self.cleaned_data["files"]:
            name = upload.name or "upload"
            try:
                check_upload(upload)
            except SourceError as error:
                found.append(Upload(name, b"", refused=error.message))
            else:
                found.append(Upload(name, upload.read()))
        return found


class PreviewForm(forms.Form):
    """The corrections of one ready file: its date (or that it is to be saved as needing
    one), its groups, who each participant is, and its items' titles. A field left as the
    parser read it corrects nothing."""

    date = forms.DateField(
        label=_("Date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    undated = forms.BooleanField(label=_("Save as needing a date"), required=False)
    groups = forms.CharField(
        label=_("Groups"), required=False, help_text=_("Names or short names, comma-separated")
    )

    def __init__(self, upload: db.StagedUpload, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, prefix=f"u{upload.pk}", **kwargs)
        self.upload = upload
        self.meeting: dict[str, Any] = upload.preview["meeting"] if upload.preview else {}
        people: list[dict[str, Any]] = upload.preview["people"] if upload.preview else []
        saved = Corrections.from_dict(upload.corrections)
        self.fields["date"].initial = saved.date or self.meeting.get("date")
        groups = saved.groups if saved.groups is not None else self.meeting.get("groups", ())
        self.fields["groups"].initial = ", ".join(groups)
        for i, item in enumerate(self.meeting.get("items", ())):
            self.fields[f"title_{i}"] = forms.CharField(
                label=_("Title"), initial=saved.titles.get(i, item["title"])
            )
        for i, person in enumerate(people):
            self.fields[f"person_{i}"] = forms.ChoiceField(
                label=person["name"], required=False, choices=_person_choices(person),
                initial=str(saved.people.get(i, "")),
            )  # fmt: skip
        self.items = [
            (item, self[f"title_{i}"]) for i, item in enumerate(self.meeting.get("items", ()))
        ]
        self.people = [
            (participant, people[i], self[f"person_{i}"])
            for i, participant in enumerate(self.meeting.get("participants", ()))
        ]

    def clean_groups(self) -> tuple[str, ...] | None:
        text = self.cleaned_data["groups"].strip()
        if text == ", ".join(self.meeting.get("groups", ())):
            return None
        try:
            return tuple(group_names(text))
        except CorrectionError as error:
            raise forms.ValidationError(
                gettext("No group is called %(name)s.") % {"name": error.what}
            ) from None

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean() or {}
        if not (self.meeting.get("date") or cleaned.get("date") or cleaned.get("undated")):
            raise forms.ValidationError(
                gettext("The notes give no date: give one, or save them as needing a date.")
            )
        return cleaned

    def corrections(self) -> Corrections:
        """What differs from the parse (call after ``is_valid()``)."""
        data = self.cleaned_data
        day = data["date"]
        parsed = self.meeting.get("date")
        titles = {
            i: data[f"title_{i}"].strip()
            for i, item in enumerate(self.meeting.get("items", ()))
            if data[f"title_{i}"].strip() != item["title"]
        }
        people: dict[int, int | str] = {}
        for i in range(len(self.people)):
            choice = data[f"person_{i}"]
            if choice:
                people[i] = choice if choice == NEW_PERSON else int(choice)
        return Corrections(
            date=day if day and (parsed is None or day.isoformat() != parsed) else None,
            undated=bool(data["undated"]) and not day and not parsed,
            groups=data["groups"],
            titles=titles,
            people=people,
        )


def _person_choices(person: dict[str, Any]) -> list[tuple[str, str]]:
    if person["new"]:
        read = gettext("as read: a new person")
    elif person["person"] is not None:
        read = gettext("as read: %(name)s") % {"name": person["person_name"]}
    elif person["ambiguous"]:
        read = gettext("as read: unresolved (could be several people)")
    else:
        read = gettext("as read: nobody")
    candidates = [(str(pk), name) for pk, name in person["candidates"]]
    return [("", read), *candidates, (NEW_PERSON, gettext("a new person"))]
