"""The SMTP edge: one session that sends a batch of ready-made messages.

A message the server refuses raises `Rejected` and leaves the session usable for the
next one; a server that cannot be reached or drops the session raises TemporaryFailure,
so the outbox keeps the rest for the next run.
"""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from . import config
from .connection import Session, tls_context, unreachable
from .errors import ConfigError, TemporaryFailure

log = logging.getLogger(__name__)

_CLOSING = 421  # "service not available, closing channel": the session is over


class Rejected(Exception):
    """The server refused this message, or some of its recipients.

    `refused` names the refused recipients; when only some were refused, the others have
    the message. `message` is the server's text and may contain an address: keep it out
    of INFO logs.
    """

    def __init__(self, permanent: bool, code: int | None, message: str,
                 refused: tuple[str, ...] = ()) -> None:
        self.permanent = permanent
        self.code = code
        self.message = message
        self.refused = refused
        super().__init__(f"{code or ''} {message}".strip())


class Sender(Session):
    """One SMTP session: connect, secure and authenticate on entry, QUIT on exit."""

    def __init__(self, settings: config.Server, local_hostname: str | None = None) -> None:
        self.settings = settings
        self.local_hostname = local_hostname
        self._smtp: smtplib.SMTP | None = None

    def open(self) -> None:
        s = self.settings
        with self._errors("connect"):
            if s.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, local_hostname=self.local_hostname, timeout=s.timeout,
                    context=tls_context(s))
            else:
                smtp = smtplib.SMTP(s.host, s.port, local_hostname=self.local_hostname,
                                    timeout=s.timeout)
        self._smtp = smtp
        try:
            with self._errors("EHLO"):
                smtp.ehlo()
                if s.security == "starttls":
                    self._starttls(smtp)
            if s.username:
                self._login(smtp)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except OSError:  # smtplib's exceptions are OSErrors too
            smtp.close()

    def _starttls(self, smtp: smtplib.SMTP) -> None:
        s = self.settings
        if not smtp.has_extn("starttls"):
            # Going on in plain text would send the password and the mail in the clear.
            raise ConfigError(s.config_file, "smtp.security",
                              f"{s.host}:{s.port} does not offer STARTTLS; "
                              "use \"ssl\" (port 465) if the server has it")
        smtp.starttls(context=tls_context(s))
        smtp.ehlo()

    def _login(self, smtp: smtplib.SMTP) -> None:
        s = self.settings
        assert s.username
        password = s.password()
        if password is None:
            raise ConfigError(s.config_file, "smtp.password_env",
                              "give smtp.password_env or smtp.password_file")
        source = "smtp.password_file" if s.password_file else "smtp.password_env"
        try:
            with self._errors("AUTH"):
                smtp.login(s.username, password)
        except smtplib.SMTPAuthenticationError as exc:
            if 400 <= exc.smtp_code < 500:
                raise TemporaryFailure("SMTP", s.host, s.port,
                                       f"login refused for now ({exc.smtp_code})") from None
            raise ConfigError(s.config_file, f"smtp.username / {source}",
                              f"{s.host}:{s.port} refused the login ({exc.smtp_code})") from None
        except smtplib.SMTPNotSupportedError:
            raise ConfigError(s.config_file, "smtp.username",
                              f"{s.host}:{s.port} offers no AUTH here; leave smtp.username out, "
                              "or use security \"starttls\" or \"ssl\"") from None

    @property
    def smtp(self) -> smtplib.SMTP:
        if self._smtp is None:
            raise RuntimeError("Sender is not open; use it as a context manager")
        return self._smtp

    @contextmanager
    def _errors(self, stage: str) -> Iterator[None]:
        """Everything that ends the session becomes TemporaryFailure naming host and port."""
        s = self.settings
        try:
            yield
        except (smtplib.SMTPAuthenticationError, smtplib.SMTPNotSupportedError):
            raise
        except smtplib.SMTPServerDisconnected as exc:
            if isinstance(exc.__context__, OSError):  # smtplib hides timeouts this way
                raise unreachable(s, exc.__context__, s.timeout) from None
            raise TemporaryFailure("SMTP", s.host, s.port,
                                   f"{stage}: the server closed the connection") from None
        except smtplib.SMTPResponseException as exc:
            raise TemporaryFailure("SMTP", s.host, s.port,
                                   f"{stage}: server said {exc.smtp_code} {_text(exc.smtp_error)}") from None
        except smtplib.SMTPException as exc:
            raise TemporaryFailure("SMTP", s.host, s.port, f"{stage}: {exc}") from None
        except OSError as exc:
            raise unreachable(s, exc, s.timeout) from None

    def send(self, raw: bytes, sender: str, recipients: Sequence[str]) -> None:
        recipients = list(recipients)
        if not recipients:
            raise ValueError("no recipients")
        addresses = [sender, *recipients]
        if any("\r" in a or "\n" in a for a in addresses):
            raise Rejected(True, None, "an address contains a line break")
        smtp = self.smtp
        options: list[str] = []
        with self._errors("EHLO"):
            smtp.ehlo_or_helo_if_needed()
        if not all(a.isascii() for a in addresses):
            if not smtp.has_extn("smtputf8"):
                raise Rejected(True, None, "the server takes no non-ASCII addresses (SMTPUTF8)")
            options.append("SMTPUTF8")
        if not raw.isascii() and smtp.has_extn("8bitmime"):
            options.append("BODY=8BITMIME")
        with self._errors("sending"):
            try:
                refused = smtp.sendmail(sender, recipients, raw, mail_options=options)
            except smtplib.SMTPRecipientsRefused as exc:  # every recipient refused
                refused = exc.recipients
            except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
                if exc.smtp_code == _CLOSING:
                    raise
                raise Rejected(exc.smtp_code >= 500, exc.smtp_code, _text(exc.smtp_error)) from None
        if any(code == _CLOSING for code, _ in refused.values()):
            raise TemporaryFailure("SMTP", self.settings.host, self.settings.port,
                                   "the server is closing the session (421)")
        if refused:
            codes = [code for code, _ in refused.values()]
            code, text = next(iter(refused.values()))
            raise Rejected(all(500 <= c < 600 for c in codes), code, _text(text), tuple(refused))
        log.debug("SMTP %s:%s: accepted for %d recipient(s)", self.settings.host,
                  self.settings.port, len(recipients))


def _text(value: bytes | str) -> str:
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    return " ".join(text.split())[:300]
