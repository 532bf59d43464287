"""The guided assessment wizard (Qt), driven by ``domain.navigation.WizardSession``."""

from screening_app.ui.wizard.window import AssessmentWizard

__all__ = ["AssessmentWizard"]
