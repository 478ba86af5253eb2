// Placeholder until the workbook renderer lands (issue 4): writes nothing.
#include "render/renderers.hpp"

namespace aimsdoc {
void render_workbook(const BuildView&, FileSink&, Diagnostics&) {}
}  // namespace aimsdoc
