#pragma once
// SHA-256 of a stream of bytes, as `sha256sum` prints it. recon records the digest of every
// report it posts, so a bookkeeper can prove later exactly which file the books came from.

#include <memory>
#include <string>
#include <string_view>

namespace recon {

class Sha256 {
public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void update(std::string_view bytes);
  // The digest in lower-case hex; the object is spent afterwards.
  [[nodiscard]] std::string finish_hex();

private:
  struct Context;
  std::unique_ptr<Context> context_;
};

// The SHA-256 of a whole file, read in large blocks. The settlement reader hashes the bytes it
// parses instead; this is for files read otherwise. Throws InputError if the file cannot be read.
[[nodiscard]] std::string sha256_of_file(const std::string& path);

} // namespace recon
