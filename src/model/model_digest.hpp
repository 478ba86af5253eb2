#pragma once
// A digest of everything the model was built from except the policies' bodies: what each
// input file held (site.yaml, catalogs, crosswalks, control records, each policy's front
// matter), where it was, every policy's link targets, every evidence file's content, and
// the reference date. Two models with the same digest differ at most in policy bodies, so
// a renderer can key whatever does not show a body by it, without rendering anything to
// find out that nothing changed.
//
// It is built from the loaders' digests of the input text rather than from the model's
// fields, so a field added to the model later cannot be left out of it.
#include <string>

#include "model/aims.hpp"

namespace aimsdoc {

std::string model_digest(const Aims& aims);

}  // namespace aimsdoc
