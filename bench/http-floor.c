/* http-floor.c: the least a keep-alive HTTP server can do per request, as a
 * yardstick for bench/http-hello.sh.
 *
 *   cc -O2 -o http-floor bench/http-floor.c && ./http-floor   (prints its port)
 *
 * One thread, level-triggered epoll (as libuv uses it), one read() per
 * readiness, and for each complete request head ("\r\n\r\n") in what was
 * read, the hello world's response, sent with one write() per read. No
 * parsing beyond finding the end of a head, no allocation per request: what
 * is left is the kernel's TCP work plus a few hundred instructions. Its CPU
 * time per request is a floor under any runtime's, node's and minode's
 * alike; bench/http-hello.sh runs it beside them when FLOOR=1.
 * Not a server to use: no bodies, no pipelining limits, no errors handled
 * beyond closing the connection.
 */
#define _GNU_SOURCE  /* accept4 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

static const char kResponse[] =
    "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
    "Date: Thu, 26 Nov 2026 00:00:00 GMT\r\nConnection: keep-alive\r\n"
    "Keep-Alive: timeout=5\r\nContent-Length: 11\r\n\r\nHello World";

/* Counts the request heads that end in buf[0..n), carrying a partial
 * "\r\n\r\n" across reads in *state (how many of its bytes were seen). */
static int count_heads(const char* buf, ssize_t n, int* state) {
  static const char end[] = "\r\n\r\n";
  int heads = 0;
  for (ssize_t i = 0; i < n; i++) {
    if (buf[i] == end[*state]) {
      if (++*state == 4) { heads++; *state = 0; }
    } else {
      *state = buf[i] == '\r' ? 1 : 0;
    }
  }
  return heads;
}

static int listen_any(void) {
  int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;
  struct sockaddr_in a;
  socklen_t len = sizeof a;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(fd, (struct sockaddr*)&a, sizeof a) != 0 || listen(fd, 1024) != 0) return -1;
  getsockname(fd, (struct sockaddr*)&a, &len);
  printf("%d\n", ntohs(a.sin_port));
  fflush(stdout);
  return fd;
}

int main(void) {
  static int state[65536];  /* per fd: bytes of "\r\n\r\n" seen so far */
  static char buf[65536], out[64 * sizeof kResponse];
  int lfd = listen_any(), ep = epoll_create1(0), one = 1;
  struct epoll_event ev = { EPOLLIN, { .fd = lfd } }, evs[256];
  if (lfd < 0) { perror("listen"); return 1; }
  epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev);
  for (;;) {
    int n = epoll_wait(ep, evs, 256, -1);
    for (int i = 0; i < n; i++) {
      int fd = evs[i].data.fd;
      if (fd == lfd) {
        int c = accept4(lfd, NULL, NULL, SOCK_NONBLOCK);
        if (c < 0 || c >= 65536) { if (c >= 0) close(c); continue; }
        setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        state[c] = 0;
        struct epoll_event cev = { EPOLLIN, { .fd = c } };
        epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev);
        continue;
      }
      ssize_t r = read(fd, buf, sizeof buf);
      if (r <= 0) { close(fd); continue; }
      int heads = count_heads(buf, r, &state[fd]), len = 0;
      for (int h = 0; h < heads && h < 64; h++) {
        memcpy(out + len, kResponse, sizeof kResponse - 1);
        len += sizeof kResponse - 1;
      }
      if (len > 0 && write(fd, out, len) != len) close(fd);
    }
  }
}
