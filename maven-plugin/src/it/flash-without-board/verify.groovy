// The flash goal built the image, then failed because no board was found, listing where it looked.
String log = new File(basedir, 'build.log').text
assert log.contains('Built target/flash-without-board.uf2')
assert log.contains('no Pico in BOOTSEL mode found')
assert log.contains('a mounted RPI-RP2 drive') && log.contains('picotool on the PATH')
assert log.contains('BUILD FAILURE')
return true
