"""An SMTP server for the mail tests: every message accepted is saved, as received, into a folder.

Started by the tests as  python3 -m aiosmtpd -n -l 127.0.0.1:<port> -c smtp_sink.Sink <folder>
with this file's folder on PYTHONPATH (Debian's python3-aiosmtpd).
"""
import os
import uuid


class Sink:
    def __init__(self, folder):
        self.folder = folder
        os.makedirs(folder, exist_ok=True)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("Sink needs one argument: the folder to save messages into")
        return cls(args[0])

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, uuid.uuid4().hex + ".eml")
        # Written under another name first, so a test never reads half a message.
        with open(name + ".part", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.replace(name + ".part", name)
        return "250 Message accepted for delivery"
