"""A web server on 127.0.0.1 that the tests start themselves: pages, feeds, PDF and Word files the
tests put there, and endpoints that fail the ways real sites do. No test reaches the internet.

    server.add("/a.html", body, "text/html; charset=utf-8", etag='"v1"')   # a canned response
    server.url("/a.html") -> "http://127.0.0.1:PORT/a.html"
    server.hits("/a.html") -> how often it was asked for; server.headers("/a.html") -> the last request's

Built in: /slow (answers after 3 s), /error (500), /unavailable-once (503, then a page), /loop
(redirects to itself through /loop2), /moved (301 to /a.html), /huge (announces 100 MB),
/huge-unannounced (streams without a length, far past any cap), /drip (a byte every 0.3 s);
any other unknown path is a 404.
"""
from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Optional

import pytest

SLOW_S = 3.0
HUGE_BYTES = 100 * 2**20


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: Optional[str] = None
    headers: dict[str, str] = field(default_factory=dict)


class LocalWeb:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self._hits: Counter = Counter()
        self._headers: dict[str, dict[str, str]] = {}
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200,
            etag: Optional[str] = None, **headers: str) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, status, etag, headers)
        return self.url(path)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def hits(self, path: str) -> int:
        return self._hits[path]

    def headers(self, path: str) -> dict[str, str]:
        return self._headers.get(path, {})

    def seen(self, path: str, headers: dict[str, str]) -> int:
        with self._lock:
            self._hits[path] += 1
            self._headers[path] = headers
            return self._hits[path]


def _handler_for(web: LocalWeb) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            path = self.path.split("?")[0]
            hit = web.seen(path, dict(self.headers))
            try:
                self._answer(path, hit)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout, a size cap): expected here

        def _answer(self, path: str, hit: int) -> None:
            route = web.routes.get(path)
            if route is not None:
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    return self._send(304, b"", None, {"ETag": route.etag})
                extra = {**route.headers, **({"ETag": route.etag} if route.etag else {})}
                return self._send(route.status, route.body, route.content_type, extra)
            if path == "/slow":
                time.sleep(SLOW_S)
                return self._send(200, b"<html><body><p>Late.</p></body></html>", "text/html")
            if path == "/error":
                return self._send(500, b"Internal trouble", "text/plain")
            if path == "/unavailable-once":
                if hit == 1:
                    return self._send(503, b"Busy", "text/plain", {"Retry-After": "0"})
                return self._send(200, web.routes["/a.html"].body, "text/html; charset=utf-8")
            if path in ("/loop", "/loop2"):
                return self._send(302, b"", None, {"Location": "/loop2" if path == "/loop" else "/loop"})
            if path == "/moved":
                return self._send(301, b"", None, {"Location": "/a.html"})
            if path in ("/huge", "/huge-unannounced"):
                self._start_body(HUGE_BYTES if path == "/huge" else None)
                return self._stream(b"<p>" + b"x" * 65533, HUGE_BYTES, pause_s=0)
            if path == "/drip":
                self._start_body(None)
                return self._stream(b"<", 100, pause_s=0.3)
            return self._send(404, b"Not here", "text/plain")

        def _send(self, status: int, body: bytes, content_type: Optional[str], headers: Optional[dict] = None) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _start_body(self, length: Optional[int]) -> None:
            """Headers of a streamed HTML body; without a length, the body ends when the connection does."""
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if length is None:
                self.send_header("Connection", "close")
                self.close_connection = True
            else:
                self.send_header("Content-Length", str(length))
            self.end_headers()

        def _stream(self, block: bytes, total: int, pause_s: float) -> None:
            sent = 0
            while sent < total:
                self.wfile.write(block)
                self.wfile.flush()
                sent += len(block)
                time.sleep(pause_s)

    return Handler


@pytest.fixture
def web_server():
    web = LocalWeb()
    web.thread.start()
    yield web
    web.server.shutdown()
    web.server.server_close()
