"""An SMTP server for the mail tests: every message accepted is saved, as received, into a folder.

Started by the tests as  python3 -m aiosmtpd -n -l 127.0.0.1:<port> -c smtp_sink.Sink <folder> [<seconds>]
with this file's folder on PYTHONPATH (Debian's python3-aiosmtpd). With <seconds>, each message is answered only after
that long, as a slow server does: a test can stop a sender while it is handing a message over.
"""
import asyncio
import os
import uuid


class Sink:
    def __init__(self, folder, delay=0.0):
        self.folder = folder
        self.delay = delay
        os.makedirs(folder, exist_ok=True)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) not in (1, 2):
            parser.error("Sink needs the folder to save messages into, and optionally the seconds to wait before answering")
        return cls(args[0], float(args[1]) if len(args) == 2 else 0.0)

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        name = os.path.join(self.folder, uuid.uuid4().hex + ".eml")
        # Written under another name first, so a test never reads half a message.
        with open(name + ".part", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.replace(name + ".part", name)
        return "250 Message accepted for delivery"
