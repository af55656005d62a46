from django.urls import path

from . import views

app_name = "questionnaires"

urlpatterns = [
    path("", views.home, name="home"),
    path("cases/", views.case_list, name="case_list"),
    path("cases/<uuid:pk>/", views.case_detail, name="case"),
    path("cases/<uuid:pk>/pdf/", views.case_pdf, name="case_pdf"),
    path("cases/<uuid:pk>/amend/", views.case_amend, name="case_amend"),
    path("sources/<slug:slug>/", views.source_document, name="source"),
    path("q/<slug:slug>/start/", views.start, name="start"),
    path("q/<slug:slug>/<uuid:intake>/", views.wizard, name="resume"),
    path("q/<slug:slug>/<uuid:intake>/<slug:step>/", views.wizard, name="step"),
]
