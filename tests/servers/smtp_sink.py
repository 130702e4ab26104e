"""An aiosmtpd server on 127.0.0.1 that keeps every accepted message, with switchable faults."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from pipeline import config
from pipeline.demo_servers import Collector, Received

from . import free_port
from .tls import Certificates


@dataclass
class _Faults:
    everything: str | None = None                     # e.g. "451 4.3.0 Try again later"
    recipients: dict[str, str] = field(default_factory=dict)  # address -> reply
    data_delay: float = 0.0                           # seconds to sit on each DATA


class SmtpSink:
    """Records each message it accepts in `received`, as the demo's server does (Received).

    Faults: `stop()` refuses connections (and `start()` brings it back on the same port),
    `fail_everything()` answers 4xx to every MAIL FROM and RCPT TO, `refuse(address)` answers
    550 to one recipient. `auth` demands a login; `certificates` offers STARTTLS, or implicit
    TLS with `implicit_tls`.
    """

    def __init__(self, *, auth: tuple[str, str] | None = None,
                 certificates: Certificates | None = None, implicit_tls: bool = False,
                 smtputf8: bool = True) -> None:
        self.host = "127.0.0.1"
        self.port = free_port()
        self.auth = auth
        self.certificates = certificates
        self.implicit_tls = implicit_tls
        self.received: list[Received] = []
        self.waiting = 0  # DATA commands being held by delay_data
        self.logins: list[str] = []
        self.faults = _Faults()
        self._smtputf8 = smtputf8
        self._controller: Controller | None = None

    # -- life ------------------------------------------------------------------------

    def start(self) -> None:
        if self._controller is not None:
            return
        options: dict = {"server_hostname": "sink.test", "enable_SMTPUTF8": self._smtputf8}
        if self.certificates and self.implicit_tls:
            options["ssl_context"] = self.certificates.server_context()
        elif self.certificates:
            options["tls_context"] = self.certificates.server_context()
        if self.auth:
            options["authenticator"] = self._authenticate
            # Only where TLS is offered do we insist on it, as real submission servers do.
            options["auth_require_tls"] = bool(self.certificates) and not self.implicit_tls
        self._controller = Controller(_Handler(self), hostname=self.host, port=self.port,
                                      **options)
        self._controller.start()

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    @property
    def running(self) -> bool:
        return self._controller is not None

    # -- faults ----------------------------------------------------------------------

    def fail_everything(self, reply: str = "451 4.3.0 Try again later") -> None:
        self.faults.everything = reply

    def refuse(self, address: str, reply: str = "550 5.1.1 No such user here") -> None:
        self.faults.recipients[address.lower()] = reply

    def delay_data(self, seconds: float) -> None:
        """Answer each DATA only after `seconds`: a slow server holding a client in mid-send."""
        self.faults.data_delay = seconds

    def heal(self) -> None:
        self.faults = _Faults()

    # -- for the client under test -----------------------------------------------------

    def settings(self, *, security: str = "none", username: str | None = None,
                 password_file: Path | None = None, ca_file: Path | None = None,
                 config_file: Path = Path("event.toml"), timeout: float = 10.0) -> config.Server:
        """The [smtp] settings a config file would give for this server."""
        return config.Server(
            section="smtp", host=self.host, port=self.port, security=security,
            username=username, password_env=None, password_file=password_file,
            timeout=timeout, ca_file=ca_file, config_file=config_file,
        )

    def _authenticate(self, server, session, envelope, mechanism, data) -> AuthResult:
        ok = (isinstance(data, LoginPassword) and self.auth is not None
              and (data.login.decode(), data.password.decode()) == self.auth)
        if ok:
            self.logins.append(f"{mechanism}:{data.login.decode()}")
        # handled=False lets aiosmtpd answer the failure with its own 535.
        return AuthResult(success=ok, handled=ok)


class _Handler(Collector):
    """The demo's collector, with the sink's faults before it accepts anything."""

    def __init__(self, sink: SmtpSink) -> None:
        super().__init__(sink.received)
        self.sink = sink

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802
        if self.sink.faults.everything:
            return self.sink.faults.everything
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        faults = self.sink.faults
        if faults.everything:
            return faults.everything
        if address.lower() in faults.recipients:
            return faults.recipients[address.lower()]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        if self.sink.faults.data_delay:
            self.sink.waiting += 1
            try:
                await asyncio.sleep(self.sink.faults.data_delay)
            finally:
                self.sink.waiting -= 1
        return await super().handle_DATA(server, session, envelope)
