"""The pages' routes. Paths are English and stable; what a person reads on them is translated."""

from __future__ import annotations

from django.urls import path

from anteckna.web.views import auth, drafts, meetings, people, registers, start

app_name = "web"

urlpatterns = [
    path("", start.start, name="start"),
    path("login/", auth.LoginView.as_view(), name="login"),
    path("logout/", auth.LogoutView.as_view(), name="logout"),
    path("meetings/<int:pk>/", meetings.meeting, name="meeting"),
    path("meetings/<int:pk>/original", meetings.original, name="original"),
    path("people/", people.people, name="people"),
    path("people/<int:pk>/", people.person, name="person"),
    path("actions/", registers.actions, name="actions"),
    path("actions/<int:pk>/status", registers.action_status, name="action_status"),
    path("decisions/", registers.decisions, name="decisions"),
    path("notes/", drafts.notes, name="notes"),
    path("notes/open", drafts.open_draft, name="open_draft"),
    path("notes/<int:pk>/", drafts.draft, name="draft"),
    path("notes/<int:pk>/autosave", drafts.autosave, name="draft_autosave"),
    path("notes/<int:pk>/finish/", drafts.finish, name="draft_finish"),
]
