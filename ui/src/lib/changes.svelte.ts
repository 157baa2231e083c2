// Which articles there are changed outside the view showing them (a clip taken back with
// its Undo, from the toast): the library watches this count and reads its list again.
class Changes {
  count = $state(0);

  bump(): void {
    this.count++;
  }
}

export const changes = new Changes();
