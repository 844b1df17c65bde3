#include "io/sha256.hpp"

#include <openssl/evp.h>

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "recon/base/input_error.hpp"

namespace recon {

struct Sha256::Context {
  EVP_MD_CTX* digest = EVP_MD_CTX_new();
  ~Context() { EVP_MD_CTX_free(digest); }
};

Sha256::Sha256() : context_(std::make_unique<Context>()) {
  if (context_->digest == nullptr || EVP_DigestInit_ex(context_->digest, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("recon: cannot initialise SHA-256");
  }
}

Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes) {
  if (EVP_DigestUpdate(context_->digest, bytes.data(), bytes.size()) != 1) {
    throw std::runtime_error("recon: SHA-256 update failed");
  }
}

std::string Sha256::finish_hex() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context_->digest, digest.data(), &length) != 1) {
    throw std::runtime_error("recon: SHA-256 final failed");
  }
  constexpr char hex[] = "0123456789abcdef";
  std::string text;
  text.reserve(std::size_t{length} * 2);
  for (unsigned int i = 0; i < length; ++i) {
    text += hex[digest[i] >> 4];
    text += hex[digest[i] & 0x0F];
  }
  return text;
}

namespace {

// Reads the file with read(2), in blocks that stay in the core's cache while they are hashed: a
// way of reading it independent of LineSource's mappings, so that tests can hold one against the
// other.
void digest_read(int fd, const std::string& path, Sha256& digest) {
  std::vector<char> block(std::size_t{256} << 10U);
  while (true) {
    const ssize_t got = ::read(fd, block.data(), block.size());
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw InputError(path, 0, std::string("cannot read the file: ") + std::strerror(errno));
    if (got == 0) return;
    digest.update({block.data(), static_cast<std::size_t>(got)});
  }
}

} // namespace

std::string sha256_of_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw InputError(path, 0, std::string("cannot open the file: ") + std::strerror(errno));
  Sha256 digest;
  try {
    digest_read(fd, path, digest);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  return digest.finish_hex();
}

} // namespace recon
