from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from questionnaires.two_factor import reset_devices


class Command(BaseCommand):
    help = (
        "Remove an account's two-factor devices and recovery codes (a lost phone), as "
        "admin's 'Reset two-factor sign-in' does, for when no administrator can sign in. "
        "The account sets two-factor sign-in up again at its next sign-in. Audited."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        try:
            user = get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No account is called {username!r}.") from None
        # Run on the server by someone with its shell: the account itself is the actor.
        reset_devices(user, [user])
        self.stdout.write(
            f"Two-factor sign-in reset for {username}: it is set up again at the next sign-in."
        )
