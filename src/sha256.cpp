#include "recon/sha256.hpp"

#include <openssl/evp.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

#include "recon/input_error.hpp"

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

// Hashes the file through read-only mappings of 8 MiB windows: no copy into a buffer (the hash runs
// beside the parse, and is the longest single task of reading a report), each window mapped whole
// at once rather than a page fault at a time, and unmapped once hashed, so that memory stays flat
// however large the file.
bool digest_mapped(int fd, std::uint64_t size, Sha256& digest) {
  constexpr std::uint64_t window = std::uint64_t{8} << 20U;
  for (std::uint64_t offset = 0; offset < size; offset += window) {
    const std::uint64_t length = std::min(window, size - offset);
    void* const mapping = ::mmap(nullptr, length, PROT_READ, MAP_SHARED | MAP_POPULATE, fd, static_cast<off_t>(offset));
    if (mapping == MAP_FAILED) {
      if (offset == 0) return false; // a pipe or special file: read it instead
      throw std::runtime_error("recon: cannot map the file for its SHA-256");
    }
    digest.update({static_cast<const char*>(mapping), length});
    ::munmap(mapping, length);
  }
  return true;
}

void digest_read(int fd, const std::string& path, Sha256& digest) {
  std::vector<char> block(std::size_t{1} << 20U);
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
    struct stat status {};
    const bool regular = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && status.st_size > 0;
    if (!regular || !digest_mapped(fd, static_cast<std::uint64_t>(status.st_size), digest)) digest_read(fd, path, digest);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
  return digest.finish_hex();
}

} // namespace recon
