# Runs `aimsdoc generate` for each installed file: the man page (gzip -n, so no name or
# time stamp makes two builds differ) and the bash and zsh completions.
# usage: cmake -DAIMSDOC=path/to/aimsdoc -DOUT=folder -P generate-docs.cmake
file(MAKE_DIRECTORY "${OUT}")
foreach(pair "man:aimsdoc.1" "bash-completion:aimsdoc.bash" "zsh-completion:_aimsdoc")
  string(REPLACE ":" ";" pair "${pair}")
  list(GET pair 0 what)
  list(GET pair 1 name)
  execute_process(COMMAND "${AIMSDOC}" generate ${what} OUTPUT_FILE "${OUT}/${name}"
                  RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "aimsdoc generate ${what} failed: ${failed}")
  endif()
endforeach()
execute_process(COMMAND gzip -9nf "${OUT}/aimsdoc.1" RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "gzip of the man page failed")
endif()
