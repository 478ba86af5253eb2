// SHA-256 throughput: OpenSSL's EVP (what aimsdoc uses) against the hand-written SHA-NI
// code it replaced (fetched from git by bench/sha256-throughput). Medians of 5 rounds.
#include <openssl/evp.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "old_sha256.hpp"

namespace {

std::string evp_hex(std::string_view d) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned len = 0;
  EVP_MD_CTX* c = EVP_MD_CTX_new();
  EVP_DigestInit_ex(c, EVP_sha256(), nullptr);
  EVP_DigestUpdate(c, d.data(), d.size());
  EVP_DigestFinal_ex(c, md, &len);
  EVP_MD_CTX_free(c);
  return std::string(reinterpret_cast<char*>(md), len);
}

template <class F>
double seconds(F f) {
  auto t = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main() {
  std::string big(256u << 20, 'x');
  for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<char>(i * 2654435761u >> 13);
  std::vector<std::string_view> pages;  // page-sized inputs, as the manifest hashes them
  for (std::size_t i = 0; i < 20000; ++i) pages.push_back(std::string_view(big).substr(i * 997, 3000 + i % 5000));
  std::vector<double> big_old, big_evp, pages_old, pages_evp;
  std::size_t sink = 0;
  for (int round = 0; round < 5; ++round) {
    big_old.push_back(seconds([&] { sink += aimsdoc::sha256_hex(big).size(); }));
    big_evp.push_back(seconds([&] { sink += evp_hex(big).size(); }));
    pages_old.push_back(seconds([&] { for (auto p : pages) sink += aimsdoc::sha256_hex(p).size(); }));
    pages_evp.push_back(seconds([&] { for (auto p : pages) sink += evp_hex(p).size(); }));
  }
  std::printf("one 256 MiB input:   hand-written %.0f MB/s, OpenSSL %.0f MB/s\n",
              256 / median(big_old), 256 / median(big_evp));
  std::printf("20000 page inputs:   hand-written %.1f ms, OpenSSL %.1f ms  (%zu)\n",
              1e3 * median(pages_old), 1e3 * median(pages_evp), sink);
}
