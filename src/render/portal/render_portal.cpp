// Placeholder until the portal renderer lands (issue 3): writes nothing.
#include "render/renderers.hpp"

namespace aimsdoc {
void render_portal(const BuildView&, FileSink&, Diagnostics&) {}
}  // namespace aimsdoc
