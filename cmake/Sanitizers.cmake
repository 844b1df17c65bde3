# recon_sanitizers: an INTERFACE target carrying -fsanitize flags when RECON_SANITIZE is set,
# e.g. -DRECON_SANITIZE=address,undefined (the asan preset does this).

set(RECON_SANITIZE "" CACHE STRING "Comma-separated sanitizers to build with (address,undefined,...)")

add_library(recon_sanitizers INTERFACE)

if(RECON_SANITIZE)
  target_compile_options(recon_sanitizers INTERFACE
    -fsanitize=${RECON_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(recon_sanitizers INTERFACE -fsanitize=${RECON_SANITIZE})
endif()
