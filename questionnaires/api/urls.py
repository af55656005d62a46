from django.urls import path, re_path

from . import views

app_name = "api"

urlpatterns = [
    path("v1/openapi.json", views.openapi_document, name="openapi"),
    path("v1/questionnaires/", views.questionnaire_list, name="questionnaires"),
    path("v1/questionnaires/<str:slug>/", views.questionnaire_schema, name="questionnaire"),
    path("v1/questionnaires/<str:slug>/screen/", views.screen_answers, name="screen"),
    path("v1/records/", views.record_list, name="records"),
    path("v1/records/<str:pk>/", views.record_detail, name="record"),
    # Any other address under /api/ is a JSON 404, not the app's HTML page.
    re_path(r"^(?P<rest>.*)$", views.not_found, name="not_found"),
]
