#pragma once
// A LineSource that also hands out the bytes it reads, so that a reader can hash the file from the
// very bytes its lines came from (the settlement reader's SHA-256, see OrderedDigest) instead of
// reading it a second time. Callers that only want lines use LineSource, whose public interface
// knows nothing of this.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "io/line_source.hpp"

namespace recon {

// Bytes of a file, as they are in the file, at `offset`. `keeper` keeps them readable after the
// LineSource has moved on: hold it for as long as the bytes are wanted.
struct FileBytes {
  std::uint64_t offset = 0;
  std::string_view bytes;
  std::shared_ptr<const void> keeper;
};

// Told of every run of bytes an ObservedLineSource takes from the file, in file order, before any
// line in it is handed out.
using BlockObserver = std::function<void(const FileBytes&)>;

class ObservedLineSource : public LineSource {
public:
  ObservedLineSource(std::string path, ByteRange range, BlockObserver observer)
      : LineSource(std::move(path), range, std::move(observer)) {}
};

} // namespace recon
