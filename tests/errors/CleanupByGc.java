// Rejected: a class with a finalizer (finalizers never run on the device).
public class CleanupByGc {
    static class Resource {
        @SuppressWarnings({"deprecation", "removal"})
        protected void finalize() {
            System.out.println("finalized");
        }
    }

    public static void main(String[] a) {
        System.out.println("start");
        Resource r = new Resource(); // ERROR: finalizer
        System.out.println(r != null);
    }
}
