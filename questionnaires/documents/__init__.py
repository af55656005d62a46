"""Drafted documents: the letters, appeals and memos a result calls for, written once as a
small structure (:mod:`.content`) and rendered to DOCX (:mod:`.docx_writer`) and PDF
(:mod:`.html_writer`, then WeasyPrint). Each questionnaire declares its documents in a
``documents`` module beside its rules (:mod:`.registry`)."""
