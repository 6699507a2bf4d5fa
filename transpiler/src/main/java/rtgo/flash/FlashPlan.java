package rtgo.flash;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What programming a UF2 file over PICOBOOT does to the flash: which 4 KiB sectors are erased and
 * which 256-byte pages are written, as the erase and write commands that do it.
 *
 * <p>Design note. Flash erases in 4 KiB sectors and programs in 256-byte pages (W25Q16JV; RP2040
 * datasheet 2.8.5.4.3: FLASH_ERASE wants sector-aligned ranges, WRITE page-aligned ones). Every sector
 * that holds a page of the file is erased whole, so the parts of it the file does not cover read
 * 0xFF afterwards, which is what the bootrom's own UF2 drive does too. Neighbouring sectors are
 * erased by one command, and the pages of one sector written by one command, to keep the number of
 * USB round trips down without holding more than 4 KiB in one transfer.
 */
public record FlashPlan(List<Erase> erases, List<Write> writes) {

    public static final int SECTOR_SIZE = 4096;
    public static final int PAGE_SIZE = 256;

    /** Erase {@code size} bytes (a multiple of 4 KiB) from the sector at {@code address}. */
    public record Erase(int address, int size) {}

    /** Write {@code data} (whole pages, within one sector) from {@code address}. */
    public record Write(int address, byte[] data) {
        public Write {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        /** The addresses of the pages this command writes. */
        public List<Integer> pages() {
            List<Integer> pages = new ArrayList<>();
            for (int off = 0; off < data.length; off += PAGE_SIZE) {
                pages.add(address + off);
            }
            return pages;
        }
    }

    public FlashPlan {
        erases = List.copyOf(erases);
        writes = List.copyOf(writes);
    }

    /** The plan for the pages of {@code uf2} (sorted by address, as Uf2File keeps them). */
    public static FlashPlan of(Uf2File uf2) {
        TreeSet<Long> sectors = new TreeSet<>();
        for (Uf2File.Page p : uf2.pages()) {
            sectors.add(Integer.toUnsignedLong(p.address()) & -SECTOR_SIZE);
        }
        List<Erase> erases = new ArrayList<>();
        long runStart = -1;
        long runEnd = -1;
        for (long s : sectors) {
            if (s != runEnd) {
                if (runStart >= 0) {
                    erases.add(new Erase((int) runStart, (int) (runEnd - runStart)));
                }
                runStart = s;
            }
            runEnd = s + SECTOR_SIZE;
        }
        erases.add(new Erase((int) runStart, (int) (runEnd - runStart)));

        List<Write> writes = new ArrayList<>();
        List<Uf2File.Page> run = new ArrayList<>();
        for (Uf2File.Page p : uf2.pages()) {
            if (!run.isEmpty()) {
                Uf2File.Page last = run.get(run.size() - 1);
                boolean contiguous = last.address() + PAGE_SIZE == p.address();
                boolean sameSector = (last.address() & -SECTOR_SIZE) == (p.address() & -SECTOR_SIZE);
                if (!contiguous || !sameSector) {
                    writes.add(write(run));
                    run.clear();
                }
            }
            run.add(p);
        }
        writes.add(write(run));
        return new FlashPlan(erases, writes);
    }

    private static Write write(List<Uf2File.Page> run) {
        byte[] data = new byte[run.size() * PAGE_SIZE];
        for (int i = 0; i < run.size(); i++) {
            System.arraycopy(run.get(i).data(), 0, data, i * PAGE_SIZE, PAGE_SIZE);
        }
        return new Write(run.get(0).address(), data);
    }

    /** The erased sectors' addresses, one per 4 KiB sector. */
    public List<Integer> sectors() {
        List<Integer> all = new ArrayList<>();
        for (Erase e : erases) {
            for (int off = 0; off < e.size(); off += SECTOR_SIZE) {
                all.add(e.address() + off);
            }
        }
        return all;
    }

    /** The written pages' addresses, in order. */
    public List<Integer> pages() {
        List<Integer> all = new ArrayList<>();
        writes.forEach(w -> all.addAll(w.pages()));
        return all;
    }

    /** Bytes of flash the plan programs. */
    public int bytes() {
        return writes.stream().mapToInt(w -> w.data.length).sum();
    }
}
